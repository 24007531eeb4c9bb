package org.prr.agent.notice;

import org.prr.model.Notice;

/** A notice the agent had not seen was stored; published inside the transaction that stores it. */
public record NoticeArrived(Notice notice) {}

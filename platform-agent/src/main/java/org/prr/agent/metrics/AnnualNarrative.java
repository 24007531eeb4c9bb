package org.prr.agent.metrics;

import java.time.LocalDate;
import java.util.Map;
import org.prr.model.AnnualTopic;

/**
 * The written part of the annual report, kept by the platform in a YAML file: the community rules in force and one
 * text per topic of seed 002 §三, keyed by {@link AnnualTopic} code.
 */
record AnnualNarrative(
        String communityRulesVersion, LocalDate communityRulesEffectiveFrom, Map<AnnualTopic, String> narrative) {}

package org.prr.agent.source;

import java.time.LocalDateTime;
import java.util.List;
import org.prr.model.AccountAction;
import org.prr.model.Category;
import org.prr.model.TakedownMeasure;
import org.prr.model.TakedownSource;

/**
 * One entry of the platform's moderation log. Which columns matter depends on the type: a CONTENT action has a
 * category, source and measure; an ACCOUNT action has an account action; a REGULATOR_ORDER has the time the order
 * arrived and, once carried out, {@code actionedAt}. The other types are counted.
 */
public record ModerationAction(
        String actionId,
        Type type,
        LocalDateTime actionedAt,
        Category category,
        TakedownSource source,
        TakedownMeasure measure,
        boolean automated,
        AccountAction accountAction,
        boolean livestreamer,
        LocalDateTime orderReceivedAt) {

    public enum Type {
        CONTENT,
        ACCOUNT,
        BLACKLIST_ADDITION,
        REINCARNATION_BLOCKED,
        DORMANT_ACCOUNT_CLEARED,
        REGULATOR_ORDER
    }

    public static final List<String> REQUIRED = List.of(
            "action_id",
            "action_type",
            "actioned_at",
            "category",
            "source",
            "measure",
            "account_action",
            "order_received_at");
    /** Columns a source may leave out: the figures that need them are then null (not collected). */
    public static final List<String> OPTIONAL = List.of("automated", "livestreamer");

    public static ModerationAction from(SourceRow row) {
        Type type = row.requiredCode("action_type", Type.class);
        return new ModerationAction(
                row.requiredText("action_id"),
                type,
                type == Type.REGULATOR_ORDER ? row.dateTime("actioned_at") : row.requiredDateTime("actioned_at"),
                type == Type.CONTENT ? row.requiredCode("category", Category.class) : null,
                type == Type.CONTENT ? row.requiredCode("source", TakedownSource.class) : null,
                type == Type.CONTENT ? row.requiredCode("measure", TakedownMeasure.class) : null,
                row.flag("automated"),
                type == Type.ACCOUNT ? row.requiredCode("account_action", AccountAction.class) : null,
                row.flag("livestreamer"),
                type == Type.REGULATOR_ORDER ? row.requiredDateTime("order_received_at") : null);
    }
}

package org.prr.agent.source;

import java.time.LocalDate;
import java.util.List;

/** The service's business scale on one day: daily active users and new content items. */
public record DailyScale(LocalDate day, long activeUsers, long newContentItems) {

    public static final List<String> REQUIRED = List.of("scale_day", "active_users", "new_content_items");

    public static DailyScale from(SourceRow row) {
        Long users = row.count("active_users");
        Long items = row.count("new_content_items");
        if (users == null || items == null) {
            throw row.invalid(users == null ? "active_users" : "new_content_items", null, "is required");
        }
        return new DailyScale(row.requiredDate("scale_day"), users, items);
    }
}

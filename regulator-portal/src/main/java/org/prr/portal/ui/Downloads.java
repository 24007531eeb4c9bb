package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A list's export as the browser's download: the file named after the list and today, the columns' labels in the
 * reader's language, and the filters as the person chose them for the audit.
 */
@Component
class Downloads {

    private final Exports exports;
    private final MessageSource messages;
    private final Obligations obligations;
    private final Clock clock;

    Downloads(Exports exports, MessageSource messages, Obligations obligations, Clock clock) {
        this.exports = exports;
        this.messages = messages;
        this.obligations = obligations;
        this.clock = clock;
    }

    /**
     * Writes the export to the response.
     *
     * @param list what is exported, also the file's name and the sheet's
     * @param filters what {@link #filters} made of the list's filters
     */
    void send(
            StaffPrincipal by,
            String list,
            ExportFormat format,
            String filters,
            List<String> header,
            Iterator<List<Object>> rows,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + list + "-" + LocalDate.now(clock.withZone(obligations.timeZone())) + "."
                        + format.extension() + "\"");
        exports.write(by, list, filters, format, header, rows, response.getOutputStream());
    }

    /** The columns' labels: each key's message in the reader's language. */
    List<String> labels(Locale locale, String... keys) {
        return Arrays.stream(keys)
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
    }

    /** The chosen filters as name=value&amp;…, from names and values in turn; a null or blank value was not chosen. */
    static String filters(Object... namesAndValues) {
        return IntStream.range(0, namesAndValues.length / 2)
                .filter(i -> namesAndValues[2 * i + 1] != null
                        && !namesAndValues[2 * i + 1].toString().isBlank())
                .mapToObj(i -> namesAndValues[2 * i] + "=" + namesAndValues[2 * i + 1])
                .collect(Collectors.joining("&"));
    }
}

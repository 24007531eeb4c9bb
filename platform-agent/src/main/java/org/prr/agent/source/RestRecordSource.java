package org.prr.agent.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.prr.model.Period;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Rows from an HTTP endpoint of the platform's own systems (an HR roster, a moderation service). The first page is
 * {@code GET url?periodStart=…&periodEnd=…} (local date-times, the end exclusive); each page is
 * {@code {"items": [ … ], "next": "<url of the next page, or null>"}}. One page is held in memory at a time.
 */
final class RestRecordSource implements RecordSource {

    private final RestClient http;
    private final URI url;
    private final Map<String, String> headers;
    private final String setting;

    RestRecordSource(RestClient http, URI url, Map<String, String> headers, String setting) {
        this.http = http;
        this.url = url;
        this.headers = headers;
        this.setting = setting;
    }

    @Override
    public void forEach(Period period, Consumer<SourceRow> sink) {
        UriComponentsBuilder first = UriComponentsBuilder.fromUri(url);
        new TreeMap<>(Query.parameters(period)).forEach(first::queryParam);
        URI page = first.build().toUri();
        for (int pageNumber = 1; page != null; pageNumber++) {
            JsonNode body = fetch(page);
            JsonNode items = body.get("items");
            if (items == null || !items.isArray()) {
                throw new SourceException(setting + " page " + pageNumber + " (" + page
                        + "): expected {\"items\": [...], \"next\": ...}");
            }
            for (int i = 0; i < items.size(); i++) {
                sink.accept(new JsonRow(items.get(i), setting + " page " + pageNumber + " item " + (i + 1)));
            }
            JsonNode next = body.get("next");
            page = next == null || next.isNull() || next.asText().isBlank() ? null : page.resolve(next.asText());
        }
    }

    private JsonNode fetch(URI page) {
        try {
            JsonNode body = http.get()
                    .uri(page)
                    .headers(h -> headers.forEach(h::set))
                    .retrieve()
                    .body(JsonNode.class);
            if (body == null) {
                throw new SourceException(setting + ": " + page + " answered with an empty body");
            }
            return body;
        } catch (RestClientException e) {
            throw new SourceException(setting + ": " + page + " could not be read: " + e.getMessage(), e);
        }
    }
}

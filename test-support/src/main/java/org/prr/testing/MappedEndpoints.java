package org.prr.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint an app's controllers map, for tests that walk them all (who may call what). */
public final class MappedEndpoints {

    /** A value for every path variable: a UUID, which ids of any kind accept. */
    private static final String SOME_ID = "6a4e3c1e-0000-4000-8000-000000000000";

    /** One method on one path pattern; {@code path} has {@link #SOME_ID} for each variable. */
    public record Endpoint(String method, String pattern, String path) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private MappedEndpoints() {}

    /** Each mapped method and pattern but those in {@code skipped}, in a stable order; GET where none is named. */
    public static List<Endpoint> of(RequestMappingHandlerMapping mappings, Set<String> skipped) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (skipped.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, pattern.replaceAll("\\{[^}]+}", SOME_ID)));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }
}

package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTests {

    private static void requested(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void keepsEveryFilterAsSentAndReplacesOnlyThePage() {
        requested("/ui/flags", "state=OPEN&platformId=%E5%B1%B1%20a%26b&page=2");

        assertThat(new PageLinks().to(3)).isEqualTo("/ui/flags?state=OPEN&platformId=%E5%B1%B1%20a%26b&page=3");
        assertThat(new PageLinks().to(1)).isEqualTo("/ui/flags?state=OPEN&platformId=%E5%B1%B1%20a%26b&page=1");
    }

    @Test
    void addsThePageToAnAddressWithoutQuery() {
        requested("/ui/notices", null);

        assertThat(new PageLinks().to(1)).isEqualTo("/ui/notices?page=1");
    }

    @Test
    void anExportKeepsTheFiltersButNotThePageItWasAskedFrom() {
        requested("/ui/platforms/p-1", "type=NOTE&from=2026-01-01&before=120&page=2");

        assertThat(new PageLinks().export("XLSX"))
                .isEqualTo("/ui/platforms/p-1/export?type=NOTE&from=2026-01-01&format=XLSX");
    }

    @Test
    void anExportOfAnUnfilteredListHasOnlyItsFormat() {
        requested("/ui", null);

        assertThat(new PageLinks().export("CSV")).isEqualTo("/ui/export?format=CSV");
    }
}

package org.prr.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.prr.portal.intake.IntakeSettings;
import org.prr.portal.platform.PlatformRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice of the portal without a database: the given controllers, the security rules, the signed-request
 * check and the problem handler, as in production; the registry is a Mockito mock the test sets up. For status
 * codes, problem shapes and who may call what. {@code MockMvcTester} is ready to inject.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(PortalWebTest.WebEdge.class)
@MockitoBean(types = PlatformRegistry.class)
public @interface PortalWebTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    /** The edge's own beans, package-private in their modules, so picked by name. */
    @TestConfiguration
    @EnableConfigurationProperties(IntakeSettings.class)
    @ComponentScan(
            basePackageClasses = PortalApplication.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = {
                                "org\\.prr\\.portal\\.staff\\.(SecurityConfiguration|AccountConfiguration)",
                                "org\\.prr\\.portal\\.errors\\.ProblemWriter",
                                "org\\.prr\\.portal\\.intake\\.(SignedRequestAuthenticator|RateLimits)"
                            }))
    class WebEdge {}
}

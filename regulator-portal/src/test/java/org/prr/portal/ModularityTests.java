package org.prr.portal;

import org.junit.jupiter.api.Test;
import org.prr.testing.ModuleDocs;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The portal's feature packages are modules: each uses only what its {@code package-info.java} allows, through the
 * other modules' public types, with no cycle; docs/architecture.md shows them as they are.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void featureModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void architectureDocumentShowsTheModulesAsBuilt() {
        ModuleDocs.write(MODULES, "portal");
        ModuleDocs.assertArchitectureShows(MODULES, "portal");
    }
}

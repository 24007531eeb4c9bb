/**
 * Exports of what a list shows, with the same filters and columns, as CSV or XLSX written as they are read (Apache POI
 * streaming: constant memory however many rows), at most {@link org.prr.portal.export.Exports#MAX_ROWS} rows, each
 * export audited with who, what, the filters and the rows written.
 */
@ApplicationModule(
        displayName = "Exports",
        allowedDependencies = {"staff"})
package org.prr.portal.export;

import org.springframework.modulith.ApplicationModule;

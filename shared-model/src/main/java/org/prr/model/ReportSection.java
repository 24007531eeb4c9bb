package org.prr.model;

/** The family section of a report: exactly one sits in each MetricReport, under its family's name. */
public sealed interface ReportSection permits ComplaintsSection, TakedownsSection, StaffingSection, AnnualSection {

    MetricFamily family();
}

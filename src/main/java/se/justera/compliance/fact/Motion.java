package se.justera.compliance.fact;

import java.time.LocalDate;

/**
 * A motion decided in a paragraph: when it was raised (väckt; null when the minutes do not say) and
 * whether the minutes record that fullmäktige was told it could not be decided within a year; decided:
 * granted, rejected or answered (a motion referred back is not decided yet).
 */
public record Motion(int paragraph, String title, LocalDate raisedOn, boolean delayReported, boolean decided) {
}

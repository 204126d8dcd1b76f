/** The one time zone of the library: every period and plain date is read in it. */
export const amsterdamZone = "Europe/Amsterdam";

/** The earliest year a period or date string may name: years have four digits. */
export const firstYear = 1000;

/** The latest year a period or date string may name. */
export const lastYear = 9999;

/** The message for a year outside {@link firstYear}..{@link lastYear}. */
export const yearOutOfRange = `a year is ${firstYear} to ${lastYear}`;

/**
 * A number of bytes as people read it, in binary units: 1536 → "1.5 KiB", 2^31 → "2 GiB".
 *
 * @param bytes - a count of bytes
 * @returns the count with its unit
 */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${text} ${units[unit] ?? "bytes"}`;
}

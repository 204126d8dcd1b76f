import { describe, expect, it } from "vitest";
import { cssString } from "../../../src/report/internal/escapeCss.js";

describe("cssString", () => {
  it("quotes plain text as it is", () => {
    expect(cssString("Buurtaanpak-rapportage 2024 · Alblasserdam · SYNTHETISCH")).toBe(
      '"Buurtaanpak-rapportage 2024 · Alblasserdam · SYNTHETISCH"',
    );
  });

  it("escapes a quote, a backslash, a newline and </style>, so that nothing leaves the string or the style element", () => {
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString("a\\b")).toBe('"a\\5c b"');
    expect(cssString("</style><script>")).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString("a\nb")).toBe('"a b"');
  });

  it("shows a control character as a visible escape, as the rest of the report does", () => {
    expect(cssString("a\u001bb")).toBe('"a\\5c x1Bb"');
  });
});

import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/index.js";
import { withheldText } from "../../src/protect/withheldText.js";

describe("withheldText", () => {
  it("writes the small-count cell with the policy's threshold, '< 5' by default", () => {
    expect([
      withheldText(undefined, "nl"),
      withheldText({}, "en"),
      withheldText({ minimumCount: 10 }, "nl", "small-count"),
    ]).toEqual(["< 5", "< 5", "< 10"]);
  });

  it("writes each reason's own threshold, in the language's number format", () => {
    expect(withheldText({ minimumRespondents: 1500 }, "nl", "few-respondents")).toBe("n < 1.500");
    expect(withheldText({ minimumRespondents: 1500 }, "en", "few-respondents")).toBe("n < 1,500");
    expect(withheldText({ minimumCategory: 3 }, "nl", "small-category")).toBe("< 3 per antwoord");
    expect(withheldText({}, "en", "small-category")).toBe("< 5 per answer");
  });

  it("marks a cell withheld to protect another with CBS's 'x', which claims no size", () => {
    expect([withheldText({}, "nl", "secondary"), withheldText({}, "en", "secondary")]).toEqual(["x", "x"]);
  });

  it("refuses a policy it could not have protected with", () => {
    // @ts-expect-error: a threshold from untyped input
    expect(() => withheldText({ minimumCount: "5" }, "nl")).toThrow(BuurtaanpakError);
  });
});

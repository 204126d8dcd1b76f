import { describe, expect, it } from "vitest";
import { describeField } from "../../../src/model/internal/describeField.js";

const label = 'a label: { "nl": …, "en": … }';

describe("describeField", () => {
  it("asks the source for a title that is the document's title, not a label", () => {
    expect(describeField(["source", "title"])).toEqual({
      element: "the source",
      needs: "a title: the document's title",
    });
    expect(describeField(["source", "year"])).toEqual({ element: "the source", needs: "a year" });
  });

  it("names the four kinds of an area, in a model and in a list of areas", () => {
    const kind = { element: "an area", needs: 'a kind: "gemeente", "wijk", "buurt" or "area"' };
    expect(describeField(["areas", 3, "kind"])).toEqual(kind);
    expect(describeField([3, "kind"], "areas")).toEqual(kind);
    expect(describeField([3, "name"], "areas")).toEqual({ element: "an area", needs: "a name" });
  });

  it("gives examples of a rule's kind, and asks a rule for its other fields by name", () => {
    const rule = ["groups", 0, "factors", 1, "measures", 2, "rule"];
    expect(describeField([...rule, "kind"])).toEqual({
      element: "a rule",
      needs: 'a kind, such as "relativeChange" or "threshold"',
    });
    expect(describeField([...rule, "percent"])).toEqual({ element: "a rule", needs: "a percent" });
  });

  it("says a list of the model may be empty", () => {
    expect(describeField(["goals"])).toEqual({ element: "the model", needs: "goals: a list, possibly empty" });
  });

  it("says a label field is a label { nl, en }, and names the text a label lacks", () => {
    expect(describeField(["goals", 0, "label"])).toEqual({ element: "a goal", needs: label, is: label });
    expect(describeField(["goals", 0, "label", "nl"])).toEqual({ element: "a label", needs: 'its Dutch text ("nl")' });
  });

  it("quotes a field it has no words for, held by the element around it", () => {
    expect(describeField(["goals", 0, "colour"])).toEqual({ element: "a goal", needs: "'colour'" });
    // An entry of a list it has no words for is spoken of as what holds the list.
    expect(describeField(["colours", 0, "name"])).toEqual({ element: "the model", needs: "a name" });
  });
});

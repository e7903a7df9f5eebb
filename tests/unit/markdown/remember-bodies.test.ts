import { describe, expect, it } from "vitest";
import { rememberBodies } from "../../../src/markdown/remember-bodies";
import type { PictureView } from "../../../src/views/types";

describe("rememberBodies", () => {
  const counting = () => {
    const calls: string[] = [];
    const remembering = rememberBodies((markdown) => {
      calls.push(markdown);
      return `<p>${markdown}</p>`;
    });
    return { calls, remembering };
  };

  it("renders a body once while every build asks for it", () => {
    const { calls, remembering } = counting();
    expect(remembering.render("One")).toBe("<p>One</p>");
    remembering.sweep();
    expect(remembering.render("One")).toBe("<p>One</p>");
    expect(remembering.render("Two")).toBe("<p>Two</p>");
    remembering.sweep();
    expect(remembering.render("One")).toBe("<p>One</p>");
    expect(calls).toEqual(["One", "Two"]);
  });

  it("forgets a body the last build did not ask for", () => {
    const { calls, remembering } = counting();
    remembering.render("Old");
    remembering.sweep();
    remembering.render("New");
    remembering.sweep();
    remembering.render("Old");
    expect(calls).toEqual(["Old", "New", "Old"]);
  });

  it("always renders a body with pictures of its own", () => {
    const { calls, remembering } = counting();
    const pictures = new Map([["photo.jpg", {} as PictureView]]);
    remembering.render("With picture", pictures);
    remembering.render("With picture", pictures);
    expect(calls).toEqual(["With picture", "With picture"]);
  });
});

import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/diagnostics/issue";
import {
  bodyImageAltMessage,
  bodyImageMissingMessage,
  bodyImageRemoteMessage,
  findBodyImages,
} from "../../../src/model/find-body-images";

const file = "content/articles/2024/05/summit.md";
const present = new Set([
  "content/articles/2024/05/beside.jpg",
  "content/images/shared.png",
  "content/images/sông Hồng.jpg",
  "content/images/maps/delta.webp",
]);
const beside = { src: "beside.jpg", file: "content/articles/2024/05/beside.jpg" };
const ctx = { imageExists: (path: string) => present.has(path) };

/** The error at body line `line` (the body starts at line 10 of the file) and `column`. */
function error(line: number, column: number, code: Issue["code"], message: string): Issue {
  return { file, line: 9 + line, column, field: "body", code, severity: "error", message };
}

describe("findBodyImages", () => {
  it.each<[string, string, { src: string; file: string }[], Issue[]]>([
    ["no picture", "Text with a [link](https://example.org/).", [], []],
    ["a picture beside the article", "![Delegates](beside.jpg)", [{ src: "beside.jpg", file: "content/articles/2024/05/beside.jpg" }], []],
    ["a picture in content/images", "Text.\n\n![Map](shared.png \"Title\")", [{ src: "shared.png", file: "content/images/shared.png" }], []],
    ["a folder under content/images", "![Delta](maps/delta.webp)", [{ src: "maps/delta.webp", file: "content/images/maps/delta.webp" }], []],
    [
      "a name with spaces and accents, by the address it renders with",
      "![River](<sông Hồng.jpg>)",
      [{ src: "s%C3%B4ng%20H%E1%BB%93ng.jpg", file: "content/images/sông Hồng.jpg" }],
      [],
    ],
    ["a reference picture", "![Map][m]\n\n[m]: shared.png", [{ src: "shared.png", file: "content/images/shared.png" }], []],
    ["one address shown twice, listed once", "![A](shared.png) ![B](shared.png)", [{ src: "shared.png", file: "content/images/shared.png" }], []],
    ["an empty description", "Intro.\n\nSee ![](beside.jpg) here.", [beside], [error(3, 5, "image-alt", bodyImageAltMessage)]],
    ["a blank description", "![  ](beside.jpg)", [beside], [error(1, 1, "image-alt", bodyImageAltMessage)]],
    ["a file not found", "Text.\n![Map](nowhere.jpg)", [], [error(2, 1, "image-missing", bodyImageMissingMessage("nowhere.jpg"))]],
    ["no file named", "![Map]()", [], [error(1, 1, "image-missing", bodyImageMissingMessage(""))]],
    ["a path out of content/", "![Map](../../../../package.json)", [], [error(1, 1, "image-missing", bodyImageMissingMessage("../../../../package.json"))]],
    ["a picture on another site", "- ![Map](https://example.org/map.jpg)", [], [error(1, 3, "image-remote", bodyImageRemoteMessage)]],
    ["a picture relative to the scheme", "![Map](//example.org/map.jpg)", [], [error(1, 1, "image-remote", bodyImageRemoteMessage)]],
    [
      "no description and no file: both said",
      "![](gone.jpg)",
      [],
      [error(1, 1, "image-alt", bodyImageAltMessage), error(1, 1, "image-missing", bodyImageMissingMessage("gone.jpg"))],
    ],
    ["a data: picture is left to the unsafe-link check", "![Map](data:image/png;base64,AAAA)", [], []],
    ["a link to a picture file is not a picture", "[Map](nowhere.jpg)", [], []],
    ["an escaped bracket is text", "\\![Map](nowhere.jpg)", [], []],
  ])("%s", (_, body, images, issues) => {
    expect(findBodyImages(file, body, 10, ctx)).toEqual({ images, issues });
  });

  it("the messages say what to do", () => {
    expect(bodyImageAltMessage).toBe(
      "this picture has no description; write what it shows between the brackets, e.g. `![Delegates at the table](photo.jpg)`, for readers who cannot see it",
    );
    expect(bodyImageMissingMessage("map.jpg")).toBe('image file "map.jpg" was not found beside the article or in content/images/');
    expect(bodyImageRemoteMessage).toBe(
      "this picture is on another site; save the file in content/images/ and write its name, e.g. `![Delegates at the table](photo.jpg)`, so it is resized and published with the bulletin",
    );
  });
});

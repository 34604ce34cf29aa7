import { cleanText, nfc, normalizeKey } from "../../src/core/text";

describe("NFC (domain.md §3: text typed with some Vietnamese keyboards arrives decomposed)", () => {
  test("text of characters below U+0300 is NFC as it is, the rule nfc's shortcut stands on: no pair composes", () => {
    const changed: string[] = [];
    for (let a = 0; a < 0x300; a++)
      for (let b = 0; b < 0x300; b++) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize("NFC") !== pair) changed.push(pair);
      }
    expect(changed).toEqual([]);
  });

  test("decomposed Vietnamese is composed, also after plain Latin text", () => {
    expect(nfc("Tie\u0302\u0301n \u0111o\u0323\u0302")).toBe("Tiến độ");
    expect(nfc("CV 12/BQL: Vie\u0302\u0323t")).toBe("CV 12/BQL: Việt");
    expect(cleanText("  Ke\u0302\u0301t qua\u0309  ")).toBe("Kết quả");
    expect(normalizeKey("  Tie\u0302\u0301N  \u0110O\u0323\u0302 ")).toBe("tiến độ");
  });

  test("characters that NFC replaces on their own are replaced", () => {
    expect(nfc("\u212B")).toBe("\u00C5");
    expect(nfc("2\u2126")).toBe("2\u03A9");
  });

  test("text that is already NFC comes back as it is", () => {
    for (const text of [
      "",
      "1.2",
      "CV 12/BQL",
      "Chuyên viên",
      "Văn phòng",
      "Kết quả lần 1",
      "Đơn vị chủ trì",
    ])
      expect(nfc(text)).toBe(text);
  });
});

import { cleanText, nfc, normalizeKey } from "../../src/core/text";

describe("NFC (docs/workbook.md: text typed with some Vietnamese keyboards arrives decomposed)", () => {
  test("text of characters below U+0300 or in U+1E00–U+1EFF is NFC as it is, the rule nfc's shortcut stands on: no such character or pair changes", () => {
    const safe = [
      ...Array.from({ length: 0x300 }, (_, c) => c),
      ...Array.from({ length: 0x100 }, (_, c) => 0x1e00 + c),
    ].map((c) => String.fromCharCode(c));
    const changed: string[] = [];
    for (const a of safe) {
      if (a.normalize("NFC") !== a) changed.push(a);
      for (const b of safe) {
        const pair = a + b;
        if (pair.normalize("NFC") !== pair) changed.push(pair);
      }
    }
    expect(changed).toEqual([]);
  });

  test("Vietnamese typed precomposed is kept; a mark typed after it is composed or kept as NFC wants", () => {
    expect(nfc("Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2020")).toBe(
      "Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2020",
    );
    // ệ followed by a combining acute is not one letter: ICU decides, the shortcut does not.
    expect(nfc("e\u0323\u0302")).toBe("ệ");
    expect(nfc("\u1ec7\u0301")).toBe("\u1ec7\u0301".normalize("NFC"));
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

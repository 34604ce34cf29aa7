/** Values a user might type that must never run, break a report or vanish: shared by every layer's tests. */
export const HOSTILE = [
  '=IMPORTXML("http://x","//a")',
  "=1+1",
  "+84 912 345 678",
  "-1",
  "@SUM(A1:A2)",
  "<img src=x onerror=alert(1)>",
  "<script>alert('x')</script>",
  "Tab\there and\u0007bell",
  "\u202Eđảo chiều\u202C và \u200Fphải-trái",
  "Hoàn thành 🎉✅ đúng hạn",
  `Rất dài ${"nội dung ".repeat(600)}hết`,
];

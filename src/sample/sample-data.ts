/**
 * The embedded example plan: a made-up provincial industrial-zones board (no real province) running the
 * seed's 2020 plan (Kế hoạch số 28/KH-BQLKCN ngày 15/01/2020). Pure data; the template writer and the
 * demo fill the workbook sheets from it.
 */
import type { SettingKey } from "../core/schema";

/** Values of the `Cấu hình` sheet, as text, keyed by setting key (see SETTINGS in schema.ts). */
export const SAMPLE_SETTINGS: Record<SettingKey, string> = {
  // Typed as in a sentence: the report's header prints agency names in capitals itself.
  parentBody: "UBND tỉnh Mẫu",
  agency: "Ban Quản lý các khu công nghiệp tỉnh Mẫu",
  agencyCode: "BQLKCN",
  place: "Tỉnh Mẫu",
  year: "2020",
  planNumber: "28/KH-BQLKCN",
  planDate: "15/01/2020",
  reportDate: "",
  cutoffMode: "Nghị định 09/2019/NĐ-CP",
  homeAffairsEmail: "sonoivu@example.gov.vn",
  ccEmails: "vanphong.bqlkcn@example.gov.vn, lanhdao.bqlkcn@example.vn",
  folder: "",
  signerTitle: "Trưởng ban",
  signer: "Nguyễn Văn A",
  recipients: "- Sở Nội vụ;\n- UBND tỉnh (để b/c);\n- Lãnh đạo Ban;\n- Lưu: VT, VP.",
  remindDays: "5",
};

/** Rows of the `Đơn vị` sheet: every unit that leads a task, and whom to remind (made-up addresses). */
export const SAMPLE_UNITS: { unit: string; email: string; contact: string }[] = [
  { unit: "Văn phòng", email: "vanphong.bqlkcn@example.gov.vn", contact: "Chánh Văn phòng" },
  {
    unit: "Phòng Nghiệp vụ tổng hợp",
    email: "nvth.bqlkcn@example.gov.vn; truongphong.nvth@example.gov.vn",
    contact: "Trưởng phòng Nghiệp vụ tổng hợp",
  },
  { unit: "Phòng Quản lý doanh nghiệp", email: "qldn.bqlkcn@example.gov.vn", contact: "Trưởng phòng" },
  {
    unit: "Phòng Quản lý quy hoạch và xây dựng",
    email: "qhxd.bqlkcn@example.gov.vn",
    contact: "Trưởng phòng",
  },
  { unit: "Phòng Quản lý môi trường", email: "qlmt.bqlkcn@example.gov.vn", contact: "Trưởng phòng" },
  {
    unit: "Trung tâm Dịch vụ hỗ trợ doanh nghiệp",
    email: "trungtam.bqlkcn@example.gov.vn",
    contact: "Giám đốc Trung tâm",
  },
  {
    unit: "Công đoàn cơ sở Ban Quản lý",
    email: "congdoan.bqlkcn@example.gov.vn",
    contact: "Chủ tịch Công đoàn",
  },
];

export interface SampleTask {
  id: string;
  group: number;
  subdimension: string;
  content: string;
  lead: string;
  partners: string;
  deadline: string;
  product: string;
  note: string;
}

/** Rows of the `Nhiệm vụ` sheet, in sheet order. */
export const SAMPLE_TASKS: SampleTask[] = [
  {
    id: "1.1",
    group: 1,
    subdimension: "1.1",
    content:
      "Quán triệt, phổ biến Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2020 đến toàn thể cán bộ, công chức, viên chức và người lao động của Ban",
    lead: "Văn phòng",
    partners: "Phòng Nghiệp vụ tổng hợp; các phòng, đơn vị trực thuộc",
    deadline: "Quý I/2020",
    product: "Hội nghị quán triệt",
    note: "",
  },
  {
    id: "1.2",
    group: 1,
    subdimension: "1.2",
    content:
      "Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2020; thực hiện nghiêm Quy chế dân chủ ở cơ sở tại cơ quan",
    lead: "Văn phòng",
    partners: "Công đoàn cơ sở Ban Quản lý",
    deadline: "31/01/2020",
    product: "Nghị quyết Hội nghị",
    note: "Hoàn thành chậm do trùng dịp Tết Nguyên đán",
  },
  {
    id: "1.3",
    group: 1,
    subdimension: "1.2",
    content:
      "Lấy ý kiến doanh nghiệp, người lao động trong các khu công nghiệp đối với dự thảo văn bản, chính sách liên quan đến hoạt động của các khu công nghiệp",
    lead: "Phòng Nghiệp vụ tổng hợp",
    partners: "Các phòng chuyên môn",
    deadline: "Thường xuyên",
    product: "Văn bản lấy ý kiến",
    note: "",
  },
  {
    id: "1.4",
    group: 1,
    subdimension: "1.1",
    content:
      "Phối hợp Liên đoàn Lao động tỉnh tuyên truyền, phổ biến pháp luật lao động, bảo hiểm xã hội cho người lao động trong các khu công nghiệp",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Liên đoàn Lao động tỉnh; Công đoàn các khu công nghiệp",
    deadline: "Liên tục",
    product: "Hội nghị tuyên truyền, tờ gấp",
    note: "",
  },
  {
    id: "1.5",
    group: 1,
    subdimension: "1.4",
    content:
      "Vận động cán bộ, công chức, viên chức và doanh nghiệp ủng hộ Quỹ “Vì người nghèo”, công tác phòng, chống dịch COVID-19 và các hoạt động an sinh xã hội",
    lead: "Công đoàn cơ sở Ban Quản lý",
    partners: "Văn phòng",
    deadline: "Trong năm",
    product: "Báo cáo kết quả vận động",
    note: "",
  },
  {
    id: "1.6",
    group: 1,
    subdimension: "1.1",
    content:
      "Tổ chức Hội thi tìm hiểu pháp luật lao động, an toàn, vệ sinh lao động cho công nhân các khu công nghiệp",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Công đoàn các khu công nghiệp; Trung tâm Dịch vụ hỗ trợ doanh nghiệp",
    deadline: "Trong năm 2020",
    product: "Hội thi",
    note: "Tạm hoãn do dịch COVID-19",
  },
  {
    id: "2.1",
    group: 2,
    subdimension: "2.4",
    content:
      "Công khai quy hoạch chi tiết xây dựng, quy hoạch sử dụng đất các khu công nghiệp và danh mục dự án kêu gọi đầu tư trên Cổng thông tin điện tử của Ban",
    lead: "Phòng Quản lý quy hoạch và xây dựng",
    partners: "Văn phòng",
    deadline: "Quý II năm 2020",
    product: "Chuyên mục Quy hoạch trên Cổng thông tin",
    note: "",
  },
  {
    id: "2.2",
    group: 2,
    subdimension: "2.1",
    content:
      "Niêm yết, công khai đầy đủ thủ tục hành chính, quy trình, thời hạn giải quyết và phí, lệ phí tại Bộ phận tiếp nhận và trả kết quả và trên Cổng thông tin điện tử của Ban",
    lead: "Văn phòng",
    partners: "Các phòng chuyên môn",
    deadline: "Thường xuyên",
    product: "Danh mục thủ tục hành chính được niêm yết",
    note: "",
  },
  {
    id: "2.3",
    group: 2,
    subdimension: "2.4",
    content:
      "Phối hợp UBND các huyện công khai phương án bồi thường, hỗ trợ, tái định cư và khung giá đền bù của các dự án đầu tư hạ tầng khu công nghiệp",
    lead: "Phòng Quản lý quy hoạch và xây dựng",
    partners: "UBND các huyện; Trung tâm Phát triển quỹ đất tỉnh",
    deadline: "Tháng 6/2020",
    product: "Văn bản; biên bản niêm yết",
    note: "",
  },
  {
    id: "2.4",
    group: 2,
    subdimension: "",
    content:
      "Công khai dự toán ngân sách năm 2020 và quyết toán ngân sách năm 2019 của cơ quan theo quy định của Luật Ngân sách nhà nước",
    lead: "Văn phòng",
    partners: "Phòng Nghiệp vụ tổng hợp",
    deadline: "30/09/2020",
    product: "Quyết định công khai",
    note: "",
  },
  {
    id: "2.5",
    group: 2,
    subdimension: "2.1",
    content:
      "Thực hiện Quy chế phát ngôn và cung cấp thông tin cho báo chí; cập nhật tin, bài về hoạt động của các khu công nghiệp trên Cổng thông tin điện tử của Ban",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: "Hằng quý",
    product: "Tin, bài; thông cáo báo chí",
    note: "",
  },
  {
    id: "3.1",
    group: 3,
    subdimension: "3.1",
    content:
      "Tổ chức Hội nghị đối thoại giữa lãnh đạo Ban với doanh nghiệp, nhà đầu tư trong các khu công nghiệp",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Văn phòng; Trung tâm Dịch vụ hỗ trợ doanh nghiệp",
    deadline: "6 tháng đầu năm",
    product: "Hội nghị đối thoại; thông báo kết luận",
    note: "Lùi thời gian do dịch COVID-19",
  },
  {
    id: "3.2",
    group: 3,
    subdimension: "3.2",
    content:
      "Tiếp công dân; tiếp nhận và giải quyết kịp thời, đúng quy định đơn khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân",
    lead: "Văn phòng",
    partners: "Các phòng chuyên môn",
    deadline: "Thường xuyên",
    product: "Báo cáo công tác tiếp công dân",
    note: "",
  },
  {
    id: "3.3",
    group: 3,
    subdimension: "3.1",
    content:
      "Niêm yết công khai lịch tiếp công dân của Trưởng ban, số điện thoại đường dây nóng và địa chỉ thư điện tử tiếp nhận phản ánh, kiến nghị",
    lead: "Văn phòng",
    partners: "",
    deadline: "15/02/2020",
    product: "Thông báo",
    note: "",
  },
  {
    id: "3.4",
    group: 3,
    subdimension: "3.3",
    content:
      "Phối hợp Sở Tư pháp tư vấn, hỗ trợ pháp lý cho doanh nghiệp; hòa giải tranh chấp lao động trong các khu công nghiệp",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Sở Tư pháp; Công đoàn các khu công nghiệp",
    deadline: "Liên tục",
    product: "Báo cáo",
    note: "",
  },
  {
    id: "3.5",
    group: 3,
    subdimension: "",
    content:
      "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch cải thiện Chỉ số PAPI định kỳ quý, 6 tháng, 9 tháng và năm gửi UBND tỉnh (qua Sở Nội vụ)",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: "Hằng quý",
    product: "Báo cáo",
    note: "",
  },
  {
    id: "4.1",
    group: 4,
    subdimension: "4.4",
    content: "Xây dựng, ban hành Kế hoạch phòng, chống tham nhũng năm 2020 của Ban",
    lead: "Văn phòng",
    partners: "Phòng Nghiệp vụ tổng hợp",
    deadline: "29/02/2020",
    product: "Kế hoạch",
    note: "",
  },
  {
    id: "4.2",
    group: 4,
    subdimension: "4.1",
    content:
      "Thực hiện chuyển đổi vị trí công tác đối với công chức, viên chức theo Nghị định số 59/2019/NĐ-CP",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: "28/02/2020",
    product: "Quyết định chuyển đổi vị trí công tác",
    note: "",
  },
  {
    id: "4.3",
    group: 4,
    subdimension: "4.3",
    content:
      "Tổ chức tuyển dụng viên chức Trung tâm Dịch vụ hỗ trợ doanh nghiệp công khai, minh bạch, đúng quy định",
    lead: "Văn phòng",
    partners: "Trung tâm Dịch vụ hỗ trợ doanh nghiệp; Sở Nội vụ",
    deadline: "Quý III/2020",
    product: "Kết quả tuyển dụng",
    note: "",
  },
  {
    id: "4.4",
    group: 4,
    subdimension: "4.2",
    content:
      "Công khai phí, lệ phí; không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho tổ chức, doanh nghiệp trong giải quyết thủ tục hành chính",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Văn phòng; Phòng Quản lý quy hoạch và xây dựng",
    deadline: "Thường xuyên",
    product: "Báo cáo",
    note: "",
  },
  {
    id: "4.5",
    group: 4,
    subdimension: "4.1",
    content:
      "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính và văn hóa công sở của cán bộ, công chức, viên chức",
    lead: "Văn phòng",
    partners: "Phòng Nghiệp vụ tổng hợp",
    deadline: "Hằng quý",
    product: "Thông báo kết quả kiểm tra",
    note: "",
  },
  {
    id: "5.1",
    group: 5,
    subdimension: "5.2",
    content:
      "Rà soát, rút ngắn tối thiểu 30% thời gian giải quyết thủ tục cấp giấy phép xây dựng trong khu công nghiệp so với quy định",
    lead: "Phòng Quản lý quy hoạch và xây dựng",
    partners: "Văn phòng",
    deadline: "Quý II năm 2020",
    product: "Quy trình nội bộ được phê duyệt",
    note: "",
  },
  {
    id: "5.2",
    group: 5,
    subdimension: "5.1",
    content:
      "Giải quyết đúng hoặc trước hạn hồ sơ cấp giấy chứng nhận xuất xứ hàng hóa, giấy phép lao động và các thủ tục xác nhận của doanh nghiệp; không để hồ sơ trễ hẹn",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Văn phòng",
    deadline: "Thường xuyên",
    product: "Báo cáo thống kê hồ sơ",
    note: "",
  },
  {
    id: "5.3",
    group: 5,
    subdimension: "",
    content:
      "Cập nhật, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban; niêm yết tại Trung tâm Phục vụ hành chính công tỉnh",
    lead: "Văn phòng",
    partners: "Sở Tư pháp; Trung tâm Phục vụ hành chính công tỉnh",
    deadline: "Tháng 8 năm 2020",
    product: "Quyết định công bố",
    note: "",
  },
  {
    id: "5.4",
    group: 5,
    subdimension: "5.3",
    content:
      "Phối hợp Sở Tài nguyên và Môi trường đẩy nhanh việc cấp Giấy chứng nhận quyền sử dụng đất cho các dự án đầu tư trong khu công nghiệp",
    lead: "Phòng Quản lý quy hoạch và xây dựng",
    partners: "Sở Tài nguyên và Môi trường",
    deadline: "Năm 2020",
    product: "Văn bản đôn đốc; báo cáo",
    note: "",
  },
  {
    id: "5.5",
    group: 5,
    subdimension: "",
    content:
      "Khảo sát mức độ hài lòng của tổ chức, doanh nghiệp đối với việc giải quyết thủ tục hành chính của Ban",
    lead: "Văn phòng",
    partners: "Trung tâm Dịch vụ hỗ trợ doanh nghiệp",
    deadline: "9 tháng đầu năm",
    product: "Báo cáo kết quả khảo sát",
    note: "",
  },
  {
    id: "6.1",
    group: 6,
    subdimension: "6.3",
    content:
      "Đôn đốc các chủ đầu tư kinh doanh hạ tầng hoàn thiện hệ thống giao thông, cấp điện, cấp nước, chiếu sáng và cây xanh trong các khu công nghiệp",
    lead: "Phòng Quản lý quy hoạch và xây dựng",
    partners: "Các chủ đầu tư kinh doanh hạ tầng",
    deadline: "Năm 2020",
    product: "Báo cáo",
    note: "",
  },
  {
    id: "6.2",
    group: 6,
    subdimension: "6.4",
    content:
      "Phối hợp Công an tỉnh bảo đảm an ninh, trật tự và công tác phòng cháy, chữa cháy tại các khu công nghiệp",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Công an tỉnh; Công an các huyện",
    deadline: "Thường xuyên",
    product: "Báo cáo",
    note: "",
  },
  {
    id: "6.3",
    group: 6,
    subdimension: "6.1",
    content:
      "Phối hợp ngành Y tế hướng dẫn doanh nghiệp phòng, chống dịch COVID-19 và tổ chức khám sức khỏe định kỳ cho người lao động",
    lead: "Phòng Quản lý doanh nghiệp",
    partners: "Sở Y tế; Trung tâm Kiểm soát bệnh tật tỉnh",
    deadline: "Liên tục",
    product: "Văn bản hướng dẫn",
    note: "",
  },
  {
    id: "6.4",
    group: 6,
    subdimension: "6.2",
    content:
      "Phối hợp UBND các huyện khảo sát nhu cầu nhà trẻ, trường mầm non, tiểu học cho con em người lao động các khu công nghiệp",
    lead: "Phòng Nghiệp vụ tổng hợp",
    partners: "UBND các huyện; Sở Giáo dục và Đào tạo",
    deadline: "Tháng 10/2020",
    product: "Báo cáo khảo sát",
    note: "",
  },
  {
    id: "6.5",
    group: 6,
    subdimension: "",
    content:
      "Tổ chức phiên giao dịch việc làm, kết nối cung ứng lao động cho doanh nghiệp các khu công nghiệp",
    lead: "Trung tâm Dịch vụ hỗ trợ doanh nghiệp",
    partners: "Sở Lao động - Thương binh và Xã hội",
    deadline: "Hằng quý",
    product: "Phiên giao dịch việc làm",
    note: "",
  },
  {
    id: "7.1",
    group: 7,
    subdimension: "7.1",
    content:
      "Xây dựng và triển khai Kế hoạch kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các doanh nghiệp trong khu công nghiệp năm 2020",
    lead: "Phòng Quản lý môi trường",
    partners: "Sở Tài nguyên và Môi trường; Phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh",
    deadline: "30/11/2020",
    product: "Kế hoạch; báo cáo kết quả kiểm tra",
    note: "",
  },
  {
    id: "7.2",
    group: 7,
    subdimension: "7.3",
    content:
      "Giám sát vận hành hệ thống xử lý nước thải tập trung và trạm quan trắc nước thải tự động tại các khu công nghiệp",
    lead: "Phòng Quản lý môi trường",
    partners: "Các chủ đầu tư kinh doanh hạ tầng",
    deadline: "Thường xuyên",
    product: "Báo cáo giám sát",
    note: "",
  },
  {
    id: "7.3",
    group: 7,
    subdimension: "7.2",
    content:
      "Tổ chức quan trắc chất lượng không khí xung quanh các khu công nghiệp; công khai kết quả quan trắc",
    lead: "Phòng Quản lý môi trường",
    partners: "Trung tâm Quan trắc tài nguyên và môi trường tỉnh",
    deadline: "Hằng quý",
    product: "Kết quả quan trắc",
    note: "",
  },
  {
    id: "7.4",
    group: 7,
    subdimension: "7.1",
    content: "Xây dựng Kế hoạch ứng phó sự cố môi trường trong các khu công nghiệp",
    lead: "Phòng Quản lý môi trường",
    partners: "Sở Tài nguyên và Môi trường; các chủ đầu tư kinh doanh hạ tầng",
    deadline: "Tháng 6/2020",
    product: "Kế hoạch",
    note: "",
  },
  {
    id: "7.5",
    group: 7,
    subdimension: "7.1",
    content:
      "Tuyên truyền, hưởng ứng Ngày Môi trường thế giới 05/6; phát động doanh nghiệp thu gom, phân loại chất thải rắn tại nguồn",
    lead: "Phòng Quản lý môi trường",
    partners: "Văn phòng; Công đoàn các khu công nghiệp",
    deadline: "05/06/2020",
    product: "Văn bản phát động; lễ ra quân",
    note: "",
  },
  {
    id: "8.1",
    group: 8,
    subdimension: "8.1",
    content:
      "Nâng cấp Cổng thông tin điện tử của Ban; bổ sung chuyên mục Chỉ số PAPI và chuyên mục Hỏi – đáp trực tuyến",
    lead: "Văn phòng",
    partners: "Sở Thông tin và Truyền thông",
    deadline: "Quý I/2020",
    product: "Cổng thông tin điện tử được nâng cấp",
    note: "",
  },
  {
    id: "8.2",
    group: 8,
    subdimension: "8.1",
    content:
      "Cung cấp dịch vụ công trực tuyến mức độ 3, 4; phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 30% trở lên",
    lead: "Văn phòng",
    partners: "Các phòng chuyên môn",
    deadline: "Năm 2020",
    product: "Báo cáo",
    note: "",
  },
  {
    id: "8.3",
    group: 8,
    subdimension: "",
    content:
      "Sử dụng văn bản điện tử, chữ ký số trong gửi, nhận văn bản giữa Ban với các cơ quan, đơn vị (trừ văn bản mật)",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: "Thường xuyên",
    product: "Văn bản điện tử có ký số",
    note: "",
  },
  {
    id: "8.4",
    group: 8,
    subdimension: "8.1",
    content:
      "Triển khai Hệ thống thông tin một cửa điện tử của tỉnh đối với 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Ban",
    lead: "Văn phòng",
    partners: "Sở Thông tin và Truyền thông; Trung tâm Phục vụ hành chính công tỉnh",
    deadline: "T9/2020",
    product: "Hệ thống được vận hành",
    note: "",
  },
  {
    id: "8.5",
    group: 8,
    subdimension: "8.2",
    content:
      "Nâng cấp hạ tầng mạng nội bộ (LAN), đường truyền Internet và mạng Wi-Fi miễn phí tại Bộ phận tiếp nhận và trả kết quả",
    lead: "Văn phòng",
    partners: "Sở Thông tin và Truyền thông",
    deadline: "15/11/2020",
    product: "Hạ tầng mạng được nâng cấp",
    note: "Chưa được bố trí kinh phí",
  },
];

export interface SampleUpdate {
  taskId: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  progress: number;
  result: string;
  evidence: string;
  updatedBy: string;
}

/** Rows of the `Tiến độ` sheet, appended in date order as staff would. */
export const SAMPLE_UPDATES: SampleUpdate[] = [
  {
    taskId: "6.5",
    date: "2020-01-16",
    progress: 25,
    result:
      "Đã tổ chức 01 phiên giao dịch việc làm trước Tết Nguyên đán với 22 doanh nghiệp tham gia, tuyển dụng 350 lao động.",
    evidence: "",
    updatedBy: "Đỗ Văn H",
  },
  {
    taskId: "1.2",
    date: "2020-01-17",
    progress: 40,
    result:
      "Đã xây dựng dự thảo Báo cáo tổng kết công tác năm 2019, Quy chế chi tiêu nội bộ và Quy chế dân chủ ở cơ sở sửa đổi; gửi lấy ý kiến các phòng, đơn vị trực thuộc.",
    evidence: "CV 45/BQLKCN-VP",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.1",
    date: "2020-01-20",
    progress: 30,
    result:
      "Đã sao gửi Kế hoạch số 28/KH-BQLKCN ngày 15/01/2020 đến các phòng, đơn vị trực thuộc qua Hệ thống quản lý văn bản và điều hành; đăng tải toàn văn Kế hoạch trên Cổng thông tin điện tử của Ban.",
    evidence: "https://example.gov.vn/bqlkcn/ke-hoach-28-2020",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.4",
    date: "2020-01-20",
    progress: 50,
    result:
      "Đã ban hành Quyết định số 12/QĐ-BQLKCN ngày 20/01/2020 công bố công khai dự toán ngân sách năm 2020; niêm yết tại trụ sở và đăng tải trên Cổng thông tin điện tử của Ban.",
    evidence: "QĐ 12/QĐ-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "6.3",
    date: "2020-02-05",
    progress: 20,
    result:
      "Đã ban hành Công văn số 98/BQLKCN-QLDN ngày 05/02/2020 hướng dẫn doanh nghiệp triển khai các biện pháp phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra.",
    evidence: "CV 98/BQLKCN-QLDN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "3.3",
    date: "2020-02-07",
    progress: 100,
    result:
      "Đã ban hành Thông báo số 12/TB-BQLKCN ngày 07/02/2020 về lịch tiếp công dân của Trưởng ban; niêm yết số điện thoại đường dây nóng, địa chỉ thư điện tử tiếp nhận phản ánh tại trụ sở và trên Cổng thông tin điện tử.",
    evidence: "TB 12/TB-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.1",
    date: "2020-02-10",
    progress: 100,
    result:
      "Đã tổ chức Hội nghị quán triệt Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2020 ngày 10/02/2020 cho 52 cán bộ, công chức, viên chức và người lao động; ban hành Thông báo số 18/TB-BQLKCN kết luận Hội nghị.",
    evidence: "TB 18/TB-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.1",
    date: "2020-02-14",
    progress: 100,
    result:
      "Đã ban hành Kế hoạch số 41/KH-BQLKCN ngày 14/02/2020 về công tác phòng, chống tham nhũng năm 2020; phổ biến đến toàn thể cán bộ, công chức, viên chức.",
    evidence: "KH 41/KH-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "6.2",
    date: "2020-02-18",
    progress: 25,
    result:
      "Đã phối hợp Công an tỉnh kiểm tra công tác bảo đảm an ninh, trật tự và phòng cháy, chữa cháy tại 15 doanh nghiệp; hướng dẫn khắc phục 07 tồn tại.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "7.1",
    date: "2020-02-20",
    progress: 20,
    result:
      "Đã ban hành Kế hoạch số 52/KH-BQLKCN ngày 20/02/2020 kiểm tra việc chấp hành pháp luật về bảo vệ môi trường đối với 30 doanh nghiệp.",
    evidence: "KH 52/KH-BQLKCN",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "1.2",
    date: "2020-02-21",
    progress: 100,
    result:
      "Đã tổ chức Hội nghị cán bộ, công chức, viên chức năm 2020 ngày 21/02/2020 (lùi thời gian so với kế hoạch do trùng dịp Tết Nguyên đán Canh Tý); ban hành Nghị quyết Hội nghị và Quy chế dân chủ ở cơ sở sửa đổi.",
    evidence: "NQ 01/NQ-HNCBCCVC",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.2",
    date: "2020-02-25",
    progress: 25,
    result:
      "Đã rà soát, niêm yết 68 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban tại Bộ phận tiếp nhận và trả kết quả và trên Cổng thông tin điện tử.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.2",
    date: "2020-02-26",
    progress: 30,
    result:
      "Đã rà soát, lập danh sách 06 công chức thuộc diện chuyển đổi vị trí công tác; xây dựng dự thảo Kế hoạch chuyển đổi năm 2020.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "8.1",
    date: "2020-02-28",
    progress: 60,
    result:
      "Đã phối hợp Sở Thông tin và Truyền thông nâng cấp giao diện Cổng thông tin điện tử của Ban; xây dựng chuyên mục “Chỉ số PAPI” và “Hỏi – đáp trực tuyến”.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "6.1",
    date: "2020-03-02",
    progress: 20,
    result:
      "Đã làm việc với 05 chủ đầu tư kinh doanh hạ tầng, yêu cầu lập tiến độ hoàn thiện hạ tầng kỹ thuật năm 2020.",
    evidence: "CV 196/BQLKCN-QLQHXD",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "7.2",
    date: "2020-03-04",
    progress: 25,
    result:
      "Đã kiểm tra vận hành 05 trạm xử lý nước thải tập trung; số liệu quan trắc tự động truyền về Sở Tài nguyên và Môi trường liên tục, các chỉ tiêu đạt QCVN 40:2011/BTNMT.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "3.1",
    date: "2020-03-05",
    progress: 20,
    result:
      "Đã xây dựng kế hoạch tổ chức Hội nghị đối thoại doanh nghiệp năm 2020; tổng hợp 52 kiến nghị của doanh nghiệp gửi trước Hội nghị.",
    evidence: "KH 63/KH-BQLKCN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "1.3",
    date: "2020-03-06",
    progress: 25,
    result:
      "Đã lấy ý kiến 126 doanh nghiệp về dự thảo Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp trên địa bàn tỉnh (Công văn số 215/BQLKCN-NVTH ngày 02/3/2020).",
    evidence: "CV 215/BQLKCN-NVTH",
    updatedBy: "Lê Văn C",
  },
  {
    taskId: "8.2",
    date: "2020-03-06",
    progress: 20,
    result:
      "Đã rà soát, đề xuất cung cấp 42 thủ tục hành chính ở mức độ 3, 4 trên Cổng dịch vụ công của tỉnh; tỷ lệ hồ sơ nộp trực tuyến quý I đạt 12%.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.4",
    date: "2020-03-09",
    progress: 25,
    result:
      "Đã niêm yết công khai mức thu phí, lệ phí; quán triệt công chức không yêu cầu doanh nghiệp bổ sung hồ sơ ngoài quy định. Không phát hiện trường hợp nhũng nhiễu, gây phiền hà.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "5.1",
    date: "2020-03-09",
    progress: 30,
    result:
      "Đã rà soát 08 thủ tục hành chính lĩnh vực quy hoạch, xây dựng; đề xuất cắt giảm thời gian cấp giấy phép xây dựng từ 20 xuống 12 ngày làm việc.",
    evidence: "TTr 38/TTr-BQLKCN",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "2.1",
    date: "2020-03-10",
    progress: 30,
    result:
      "Đã rà soát, số hóa hồ sơ quy hoạch chi tiết xây dựng của 05/07 khu công nghiệp để chuẩn bị đăng tải.",
    evidence: "",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "5.2",
    date: "2020-03-10",
    progress: 25,
    result: "Quý I đã tiếp nhận 412 hồ sơ, giải quyết đúng và trước hạn 412/412 hồ sơ (đạt 100%).",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "8.3",
    date: "2020-03-10",
    progress: 25,
    result: "Quý I đã phát hành 312 văn bản điện tử có ký số, đạt 96% tổng số văn bản đi (trừ văn bản mật).",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.2",
    date: "2020-03-11",
    progress: 25,
    result:
      "Quý I đã tiếp 04 lượt công dân; tiếp nhận 06 đơn kiến nghị, phản ánh, đã giải quyết 05 đơn, 01 đơn đang xem xét trong thời hạn.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.2",
    date: "2020-03-11",
    progress: 60,
    result:
      "Đã trình lãnh đạo Ban phê duyệt Kế hoạch chuyển đổi vị trí công tác; đang lấy ý kiến Chi bộ và Công đoàn cơ sở.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.4",
    date: "2020-03-12",
    progress: 20,
    result:
      "Đã phối hợp Công đoàn các khu công nghiệp phát hành 2.000 tờ gấp tuyên truyền pháp luật lao động và phòng, chống dịch COVID-19 đến người lao động tại 35 doanh nghiệp.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "4.5",
    date: "2020-03-12",
    progress: 25,
    result:
      "Đã kiểm tra đột xuất việc chấp hành thời gian làm việc, văn hóa công sở tại 06 phòng, đơn vị; nhắc nhở 02 trường hợp.",
    evidence: "TB 28/TB-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.5",
    date: "2020-03-13",
    progress: 25,
    result:
      "Đã đăng tải 46 tin, bài về hoạt động của Ban và các khu công nghiệp; cung cấp thông tin cho 03 cơ quan báo chí theo Quy chế phát ngôn.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.4",
    date: "2020-03-13",
    progress: 20,
    result:
      "Đã phối hợp Sở Tư pháp giải đáp 12 vướng mắc pháp lý của doanh nghiệp về đầu tư, lao động; hòa giải thành 01 vụ tranh chấp lao động tập thể.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "3.5",
    date: "2020-03-13",
    progress: 25,
    result:
      "Đã đôn đốc các phòng, đơn vị tổng hợp kết quả thực hiện quý I năm 2020; Văn phòng tổng hợp số liệu để xây dựng báo cáo quý I gửi UBND tỉnh (qua Sở Nội vụ).",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.3",
    date: "2020-03-14",
    progress: 25,
    result:
      "Đã phối hợp Trung tâm Quan trắc tài nguyên và môi trường tỉnh quan trắc chất lượng không khí quý I tại 10 điểm; các thông số đạt QCVN 05:2013/BTNMT.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "8.1",
    date: "2020-03-25",
    progress: 100,
    result:
      "Đã đưa vào vận hành chính thức Cổng thông tin điện tử của Ban sau nâng cấp, có chuyên mục Chỉ số PAPI và Hỏi – đáp trực tuyến.",
    evidence: "https://example.gov.vn/bqlkcn/papi",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.6",
    date: "2020-04-08",
    progress: 0,
    result:
      "Chưa tổ chức do thực hiện giãn cách xã hội phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg; dự kiến tổ chức trong quý IV năm 2020.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "1.5",
    date: "2020-04-10",
    progress: 40,
    result:
      "Đã vận động cán bộ, công chức, viên chức ủng hộ 01 ngày lương vào Quỹ phòng, chống dịch COVID-19 của tỉnh; 27 doanh nghiệp trong các khu công nghiệp ủng hộ bằng tiền và hiện vật.",
    evidence: "CV 356/BQLKCN-VP",
    updatedBy: "Ngô Thị K",
  },
  {
    taskId: "4.2",
    date: "2020-04-15",
    progress: 100,
    result:
      "Đã ban hành Quyết định số 58/QĐ-BQLKCN ngày 15/4/2020 chuyển đổi vị trí công tác đối với 06 công chức.",
    evidence: "QĐ 58/QĐ-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "6.3",
    date: "2020-04-17",
    progress: 50,
    result:
      "Đã phối hợp Sở Y tế kiểm tra công tác phòng, chống dịch COVID-19 tại 48 doanh nghiệp; 100% doanh nghiệp được kiểm tra thực hiện khai báo y tế cho người lao động.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "2.3",
    date: "2020-04-20",
    progress: 50,
    result:
      "Đã phối hợp UBND huyện niêm yết công khai phương án bồi thường, hỗ trợ dự án đầu tư hạ tầng Khu công nghiệp phía Nam (giai đoạn 2) tại trụ sở UBND xã và nhà văn hóa các thôn.",
    evidence: "",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "8.4",
    date: "2020-04-22",
    progress: 40,
    result:
      "Đã rà soát quy trình điện tử của 68 thủ tục hành chính, phối hợp Sở Thông tin và Truyền thông cấu hình trên Hệ thống thông tin một cửa điện tử của tỉnh.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "5.4",
    date: "2020-04-24",
    progress: 30,
    result:
      "Đã rà soát, lập danh sách 23 dự án trong khu công nghiệp chưa được cấp Giấy chứng nhận quyền sử dụng đất; gửi Sở Tài nguyên và Môi trường phối hợp giải quyết.",
    evidence: "CV 402/BQLKCN-QLQHXD",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "7.4",
    date: "2020-05-08",
    progress: 50,
    result:
      "Đã xây dựng dự thảo Kế hoạch ứng phó sự cố môi trường trong các khu công nghiệp; gửi lấy ý kiến Sở Tài nguyên và Môi trường và các chủ đầu tư hạ tầng.",
    evidence: "CV 498/BQLKCN-QLMT",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "5.3",
    date: "2020-05-12",
    progress: 40,
    result:
      "Đã rà soát, đề xuất sửa đổi, bổ sung 11 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban, gửi Sở Tư pháp thẩm định.",
    evidence: "CV 540/BQLKCN-VP",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.1",
    date: "2020-05-20",
    progress: 30,
    result:
      "Tạm hoãn tổ chức Hội nghị theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; tiếp tục tiếp nhận, trả lời kiến nghị của doanh nghiệp qua thư điện tử và đường dây nóng.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "7.5",
    date: "2020-05-25",
    progress: 60,
    result:
      "Đã ban hành Công văn số 612/BQLKCN-QLMT ngày 25/5/2020 hướng dẫn doanh nghiệp tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới năm 2020.",
    evidence: "CV 612/BQLKCN-QLMT",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "2.1",
    date: "2020-05-29",
    progress: 100,
    result:
      "Đã đăng tải công khai quy hoạch chi tiết xây dựng của 07 khu công nghiệp và danh mục 15 dự án kêu gọi đầu tư tại chuyên mục Quy hoạch trên Cổng thông tin điện tử của Ban.",
    evidence: "https://example.gov.vn/bqlkcn/quy-hoach",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "6.2",
    date: "2020-06-03",
    progress: 50,
    result:
      "Đã phối hợp tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại Khu công nghiệp phía Bắc với sự tham gia của 12 doanh nghiệp.",
    evidence: "KH 98/KH-BQLKCN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "7.2",
    date: "2020-06-04",
    progress: 50,
    result:
      "Phát hiện 01 trạm quan trắc tự động bị gián đoạn truyền dữ liệu 02 ngày; đã yêu cầu chủ đầu tư hạ tầng khắc phục ngay.",
    evidence: "CV 628/BQLKCN-QLMT",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "1.3",
    date: "2020-06-05",
    progress: 50,
    result:
      "Đã tổng hợp, tiếp thu 38 ý kiến góp ý của doanh nghiệp; hoàn thiện dự thảo Quy chế phối hợp, trình UBND tỉnh xem xét ban hành.",
    evidence: "TTr 102/TTr-BQLKCN",
    updatedBy: "Lê Văn C",
  },
  {
    taskId: "7.5",
    date: "2020-06-05",
    progress: 100,
    result:
      "Ngày 05/6/2020 đã phối hợp tổ chức Lễ ra quân hưởng ứng Ngày Môi trường thế giới tại Khu công nghiệp phía Bắc với 45 doanh nghiệp tham gia thu gom, phân loại chất thải rắn.",
    evidence: "https://example.gov.vn/bqlkcn/tin-tuc/ngay-moi-truong-the-gioi-2020",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "8.2",
    date: "2020-06-05",
    progress: 40,
    result:
      "Đã tích hợp 42 thủ tục hành chính mức độ 3, 4 lên Cổng dịch vụ công của tỉnh; tỷ lệ hồ sơ nộp trực tuyến 6 tháng đầu năm đạt 21%.",
    evidence: "https://example.gov.vn/dich-vu-cong",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.4",
    date: "2020-06-08",
    progress: 50,
    result:
      "Đã lắp đặt hòm thư góp ý và công khai số điện thoại đường dây nóng tại Bộ phận tiếp nhận và trả kết quả; không nhận được phản ánh về thái độ, hành vi nhũng nhiễu của công chức.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "5.1",
    date: "2020-06-08",
    progress: 100,
    result:
      "Chủ tịch UBND tỉnh đã ban hành Quyết định số 1520/QĐ-UBND ngày 05/6/2020 phê duyệt quy trình nội bộ; thời gian cấp giấy phép xây dựng trong khu công nghiệp giảm 40% so với quy định.",
    evidence: "QĐ 1520/QĐ-UBND",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "3.2",
    date: "2020-06-09",
    progress: 50,
    result:
      "Đã tiếp 03 lượt công dân; tiếp nhận 05 đơn, giải quyết xong 06 đơn (kể cả đơn kỳ trước chuyển sang), không có đơn tồn đọng, quá hạn.",
    evidence: "BC 118/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "8.3",
    date: "2020-06-09",
    progress: 50,
    result:
      "Đã cấp mới 08 chứng thư số cá nhân cho lãnh đạo các phòng, đơn vị; tỷ lệ văn bản điện tử có ký số đạt 97%.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.2",
    date: "2020-06-10",
    progress: 50,
    result:
      "Đã cập nhật niêm yết 09 thủ tục hành chính được sửa đổi, bổ sung theo Quyết định công bố của Chủ tịch UBND tỉnh.",
    evidence: "CV 655/BQLKCN-VP",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "5.2",
    date: "2020-06-10",
    progress: 50,
    result:
      "Đã tiếp nhận 375 hồ sơ, giải quyết đúng hạn 374 hồ sơ; 01 hồ sơ trễ hẹn đã có văn bản xin lỗi doanh nghiệp.",
    evidence: "CV 657/BQLKCN-QLDN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "3.4",
    date: "2020-06-11",
    progress: 45,
    result:
      "Đã hướng dẫn 18 doanh nghiệp thực hiện chính sách hỗ trợ người lao động bị ảnh hưởng bởi dịch COVID-19 theo Nghị quyết số 42/NQ-CP; hòa giải thành 02 vụ tranh chấp lao động.",
    evidence: "CV 662/BQLKCN-QLDN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "4.5",
    date: "2020-06-11",
    progress: 50,
    result:
      "Đã kiểm tra công vụ quý II tại Bộ phận tiếp nhận và trả kết quả và Trung tâm Dịch vụ hỗ trợ doanh nghiệp; không phát hiện vi phạm.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.5",
    date: "2020-06-12",
    progress: 50,
    result:
      "Đã đăng tải 52 tin, bài; tổ chức 01 cuộc họp báo về tình hình thu hút đầu tư 6 tháng đầu năm 2020.",
    evidence: "TB 75/TB-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.5",
    date: "2020-06-12",
    progress: 50,
    result:
      "Đã ban hành Báo cáo số 45/BC-BQLKCN ngày 16/3/2020 về kết quả thực hiện Kế hoạch quý I năm 2020, gửi UBND tỉnh qua Sở Nội vụ; đang tổng hợp kết quả 6 tháng đầu năm 2020.",
    evidence: "BC 45/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.3",
    date: "2020-06-12",
    progress: 50,
    result:
      "Đã quan trắc chất lượng không khí quý II; công khai kết quả trên Cổng thông tin điện tử của Ban.",
    evidence: "https://example.gov.vn/bqlkcn/quan-trac-moi-truong",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "6.1",
    date: "2020-06-15",
    progress: 45,
    result:
      "Đã hoàn thành 3,2 km đường giao thông nội bộ và hệ thống chiếu sáng tại Khu công nghiệp phía Nam; tiếp tục đôn đốc tiến độ tuyến ống cấp nước.",
    evidence: "",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "2.3",
    date: "2020-06-26",
    progress: 100,
    result:
      "Đã hoàn thành công khai phương án bồi thường, hỗ trợ, tái định cư của 03 dự án hạ tầng khu công nghiệp; tổ chức 04 buổi đối thoại với 186 hộ dân bị ảnh hưởng.",
    evidence: "CV 712/BQLKCN-QLQHXD",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "4.3",
    date: "2020-06-30",
    progress: 30,
    result:
      "Đã ban hành Kế hoạch số 118/KH-BQLKCN về tuyển dụng viên chức năm 2020 (04 chỉ tiêu); đăng thông báo tuyển dụng trên Cổng thông tin điện tử của Ban và Báo tỉnh.",
    evidence: "KH 118/KH-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.1",
    date: "2020-07-03",
    progress: 55,
    result:
      "Đã kiểm tra 14/30 doanh nghiệp; lập biên bản, đề nghị xử phạt vi phạm hành chính 02 doanh nghiệp vi phạm về quản lý chất thải nguy hại.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "6.5",
    date: "2020-07-08",
    progress: 40,
    result:
      "Quý II tạm dừng tổ chức phiên giao dịch trực tiếp do dịch COVID-19; chuyển sang đăng tin tuyển dụng trực tuyến cho 31 doanh nghiệp.",
    evidence: "https://example.vn/viec-lam-kcn",
    updatedBy: "Đỗ Văn H",
  },
  {
    taskId: "5.5",
    date: "2020-07-10",
    progress: 40,
    result:
      "Đã ban hành Kế hoạch khảo sát, gửi phiếu khảo sát mức độ hài lòng đến 200 tổ chức, doanh nghiệp có giao dịch thủ tục hành chính với Ban.",
    evidence: "KH 125/KH-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.4",
    date: "2020-07-15",
    progress: 50,
    result:
      "Đã phối hợp Liên đoàn Lao động tỉnh tổ chức 03 hội nghị tuyên truyền pháp luật lao động, bảo hiểm xã hội cho 420 người lao động.",
    evidence: "BC 131/BC-BQLKCN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "3.1",
    date: "2020-07-17",
    progress: 100,
    result:
      "Đã tổ chức Hội nghị đối thoại doanh nghiệp ngày 17/7/2020 với 110 doanh nghiệp tham dự; trả lời trực tiếp 40 kiến nghị, giao các phòng chuyên môn xử lý 12 kiến nghị còn lại.",
    evidence: "TB 96/TB-BQLKCN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "8.4",
    date: "2020-07-21",
    progress: 70,
    result: "Đã cấu hình xong 68/68 quy trình; tổ chức tập huấn sử dụng Hệ thống cho 25 công chức.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.4",
    date: "2020-07-24",
    progress: 100,
    result:
      "Đã ban hành Kế hoạch số 132/KH-BQLKCN ngày 24/7/2020 về ứng phó sự cố môi trường trong các khu công nghiệp (chậm so với thời hạn do chờ ý kiến góp ý của các sở, ngành).",
    evidence: "KH 132/KH-BQLKCN",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "6.3",
    date: "2020-08-06",
    progress: 75,
    result:
      "Đã hướng dẫn doanh nghiệp thực hiện các biện pháp phòng, chống dịch COVID-19 trong giai đoạn mới và tổ chức khám sức khỏe định kỳ cho người lao động.",
    evidence: "CV 905/BQLKCN-QLDN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "5.4",
    date: "2020-08-14",
    progress: 60,
    result:
      "Đã phối hợp hướng dẫn 15 doanh nghiệp hoàn thiện hồ sơ; 09 dự án đã được cấp Giấy chứng nhận quyền sử dụng đất.",
    evidence: "",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "6.4",
    date: "2020-08-14",
    progress: 20,
    result:
      "Đã ban hành phiếu khảo sát nhu cầu gửi trẻ, học tập của con em người lao động, gửi đến 120 doanh nghiệp.",
    evidence: "CV 932/BQLKCN-NVTH",
    updatedBy: "Lê Văn C",
  },
  {
    taskId: "5.3",
    date: "2020-08-21",
    progress: 100,
    result:
      "Chủ tịch UBND tỉnh đã ban hành Quyết định số 2215/QĐ-UBND công bố danh mục 72 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban; đã niêm yết tại Trung tâm Phục vụ hành chính công tỉnh.",
    evidence: "QĐ 2215/QĐ-UBND",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "6.2",
    date: "2020-09-02",
    progress: 75,
    result:
      "Đã phối hợp giải quyết 02 vụ việc mất an ninh, trật tự tại khu nhà trọ công nhân; không để xảy ra tụ tập đông người, đình công.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "7.2",
    date: "2020-09-03",
    progress: 75,
    result:
      "Các trạm xử lý nước thải tập trung vận hành ổn định; kết quả quan trắc định kỳ quý III đạt quy chuẩn cho phép.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "4.3",
    date: "2020-09-04",
    progress: 50,
    result:
      "Đã tiếp nhận 27 phiếu đăng ký dự tuyển; tạm dừng tổ chức xét tuyển để điều chỉnh vị trí việc làm theo hướng dẫn của Sở Nội vụ.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.4",
    date: "2020-09-07",
    progress: 75,
    result:
      "Đã kiểm tra ngẫu nhiên 40 hồ sơ thủ tục hành chính đã giải quyết; không phát hiện trường hợp yêu cầu bổ sung giấy tờ ngoài quy định.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "1.3",
    date: "2020-09-08",
    progress: 75,
    result:
      "Đã đăng tải dự thảo Báo cáo đánh giá tình hình phát triển các khu công nghiệp giai đoạn 2016–2020 và định hướng giai đoạn 2021–2025 trên Cổng thông tin điện tử của Ban để doanh nghiệp, người dân góp ý.",
    evidence: "https://example.gov.vn/bqlkcn/gop-y-du-thao",
    updatedBy: "Lê Văn C",
  },
  {
    taskId: "8.2",
    date: "2020-09-08",
    progress: 65,
    result: "Đã hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến; tỷ lệ hồ sơ nộp trực tuyến 9 tháng đạt 28,4%.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.2",
    date: "2020-09-09",
    progress: 75,
    result:
      "Đã tiếp 05 lượt công dân; tiếp nhận và giải quyết 04 đơn kiến nghị về tiền lương, bảo hiểm xã hội của người lao động.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "6.1",
    date: "2020-09-09",
    progress: 70,
    result:
      "Đã đưa vào vận hành tuyến ống cấp nước sạch và trạm biến áp 110 kV phục vụ các khu công nghiệp; đôn đốc trồng bổ sung cây xanh.",
    evidence: "",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "8.3",
    date: "2020-09-09",
    progress: 75,
    result:
      "Duy trì gửi, nhận văn bản điện tử qua Trục liên thông văn bản quốc gia; tỷ lệ văn bản đi có ký số đạt 98%.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.2",
    date: "2020-09-10",
    progress: 75,
    result:
      "Duy trì niêm yết công khai đầy đủ thủ tục hành chính, phí, lệ phí; qua kiểm tra không phát hiện thủ tục hết hiệu lực còn niêm yết.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.5",
    date: "2020-09-10",
    progress: 75,
    result:
      "Đã kiểm tra việc thực hiện Quy chế văn hóa công sở và Quy tắc ứng xử của công chức; ban hành Thông báo số 124/TB-BQLKCN về kết quả kiểm tra.",
    evidence: "TB 124/TB-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.5",
    date: "2020-09-11",
    progress: 75,
    result:
      "Đã đăng tải 49 tin, bài; trả lời 05 phản ánh của báo chí liên quan đến môi trường và lao động trong các khu công nghiệp.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.5",
    date: "2020-09-11",
    progress: 75,
    result:
      "Đã ban hành Báo cáo số 121/BC-BQLKCN ngày 15/6/2020 về kết quả thực hiện Kế hoạch 6 tháng đầu năm 2020; đang tổng hợp kết quả 9 tháng năm 2020.",
    evidence: "BC 121/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "5.2",
    date: "2020-09-11",
    progress: 75,
    result: "Đã tiếp nhận 456 hồ sơ, giải quyết đúng và trước hạn 100%.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "3.4",
    date: "2020-09-14",
    progress: 70,
    result:
      "Đã phối hợp tổ chức hội nghị phổ biến pháp luật, giải đáp vướng mắc về Bộ luật Lao động năm 2019 cho 60 doanh nghiệp.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "5.5",
    date: "2020-09-14",
    progress: 70,
    result: "Đã thu về 168 phiếu khảo sát hợp lệ; đang tổng hợp, phân tích kết quả.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.4",
    date: "2020-09-15",
    progress: 100,
    result:
      "Đã ban hành Quyết định số 135/QĐ-BQLKCN ngày 15/9/2020 công khai quyết toán ngân sách năm 2019 theo Thông tư số 61/2017/TT-BTC của Bộ Tài chính.",
    evidence: "QĐ 135/QĐ-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.3",
    date: "2020-09-15",
    progress: 75,
    result:
      "Đã quan trắc quý III tại 10 điểm; nồng độ bụi tại 01 điểm gần công trường xây dựng vượt quy chuẩn, đã yêu cầu nhà thầu che chắn, tưới nước giảm bụi.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "6.5",
    date: "2020-09-25",
    progress: 70,
    result: "Đã tổ chức 01 phiên giao dịch việc làm với 28 doanh nghiệp, kết nối tuyển dụng 620 lao động.",
    evidence: "",
    updatedBy: "Đỗ Văn H",
  },
  {
    taskId: "8.4",
    date: "2020-09-25",
    progress: 100,
    result:
      "Hệ thống thông tin một cửa điện tử đã vận hành đối với 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Ban từ ngày 25/9/2020.",
    evidence: "CV 1085/BQLKCN-VP",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.1",
    date: "2020-10-09",
    progress: 80,
    result: "Đã kiểm tra 25/30 doanh nghiệp; yêu cầu 06 doanh nghiệp khắc phục tồn tại về hồ sơ môi trường.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "5.5",
    date: "2020-10-12",
    progress: 100,
    result:
      "Đã ban hành Báo cáo số 205/BC-BQLKCN ngày 12/10/2020 về kết quả khảo sát: 93,5% tổ chức, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính của Ban.",
    evidence: "BC 205/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.4",
    date: "2020-10-20",
    progress: 80,
    result:
      "Đã tổ chức thêm 04 hội nghị tuyên truyền Bộ luật Lao động năm 2019 cho người sử dụng lao động và người lao động tại các khu công nghiệp.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "1.5",
    date: "2020-10-28",
    progress: 70,
    result:
      "Đã vận động cán bộ, công chức, viên chức và doanh nghiệp ủng hộ đồng bào các tỉnh miền Trung khắc phục hậu quả mưa lũ.",
    evidence: "",
    updatedBy: "Ngô Thị K",
  },
  {
    taskId: "6.3",
    date: "2020-11-12",
    progress: 90,
    result:
      "Đã có 86% doanh nghiệp tổ chức khám sức khỏe định kỳ cho người lao động năm 2020; không ghi nhận ca mắc COVID-19 trong các khu công nghiệp.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "1.6",
    date: "2020-11-16",
    progress: 0,
    result:
      "Tiếp tục tạm hoãn do doanh nghiệp tập trung khôi phục sản xuất sau dịch; đề xuất lãnh đạo Ban chuyển nhiệm vụ sang Kế hoạch năm 2021.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "6.4",
    date: "2020-11-20",
    progress: 40,
    result:
      "Đã thu về 74/120 phiếu khảo sát; chậm tiến độ do nhiều doanh nghiệp chưa gửi phiếu, đang đôn đốc để tổng hợp báo cáo UBND tỉnh.",
    evidence: "",
    updatedBy: "Lê Văn C",
  },
  {
    taskId: "4.3",
    date: "2020-11-25",
    progress: 70,
    result:
      "Đã kiểm tra điều kiện, tiêu chuẩn của người dự tuyển và thông báo công khai danh sách đủ điều kiện dự xét tuyển vòng 2; dự kiến tổ chức phỏng vấn trong tháng 12/2020.",
    evidence: "TB 165/TB-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "7.1",
    date: "2020-11-26",
    progress: 100,
    result:
      "Hoàn thành kiểm tra 30/30 doanh nghiệp theo kế hoạch; ban hành Báo cáo số 228/BC-BQLKCN về kết quả kiểm tra.",
    evidence: "BC 228/BC-BQLKCN",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "5.4",
    date: "2020-11-27",
    progress: 85,
    result:
      "Lũy kế 17/23 dự án đã được cấp Giấy chứng nhận quyền sử dụng đất; 06 dự án còn vướng mắc về nghĩa vụ tài chính, đang đôn đốc doanh nghiệp hoàn thành.",
    evidence: "CV 1390/BQLKCN-QLQHXD",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "1.5",
    date: "2020-11-30",
    progress: 100,
    result:
      "Hoàn thành vận động ủng hộ Quỹ “Vì người nghèo” năm 2020; tổng số tiền vận động được trong năm là 1,2 tỷ đồng, đã chuyển đến Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.",
    evidence: "BC 236/BC-BQLKCN",
    updatedBy: "Ngô Thị K",
  },
  {
    taskId: "7.2",
    date: "2020-12-01",
    progress: 100,
    result:
      "Năm 2020 hệ thống xử lý nước thải tập trung của 05/05 khu công nghiệp đang hoạt động vận hành ổn định; 100% nước thải được xử lý đạt quy chuẩn trước khi xả ra môi trường.",
    evidence: "BC 238/BC-BQLKCN",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "3.4",
    date: "2020-12-02",
    progress: 90,
    result:
      "Tiếp tục tư vấn, hỗ trợ pháp lý cho doanh nghiệp; trong quý IV hòa giải 03 vụ tranh chấp lao động cá nhân, không để phát sinh đình công.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "7.3",
    date: "2020-12-02",
    progress: 90,
    result:
      "Đã quan trắc chất lượng không khí quý IV; đang tổng hợp kết quả quan trắc năm 2020 để công khai theo quy định.",
    evidence: "",
    updatedBy: "Vũ Thị G",
  },
  {
    taskId: "6.2",
    date: "2020-12-03",
    progress: 90,
    result:
      "Trong năm không xảy ra cháy, nổ lớn và vụ việc phức tạp về an ninh, trật tự trong các khu công nghiệp; tiếp tục duy trì phối hợp thường xuyên.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "4.4",
    date: "2020-12-04",
    progress: 100,
    result:
      "Năm 2020 không có phản ánh, kiến nghị về hành vi nhũng nhiễu, gây phiền hà của công chức trong giải quyết thủ tục hành chính; 100% khoản thu phí, lệ phí được công khai và có biên lai.",
    evidence: "BC 244/BC-BQLKCN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "6.1",
    date: "2020-12-04",
    progress: 100,
    result:
      "Hoàn thành các hạng mục hạ tầng kỹ thuật theo kế hoạch năm 2020; 100% khu công nghiệp đang hoạt động có hạ tầng giao thông, cấp điện, cấp nước đồng bộ.",
    evidence: "BC 241/BC-BQLKCN",
    updatedBy: "Hoàng Văn E",
  },
  {
    taskId: "3.2",
    date: "2020-12-07",
    progress: 100,
    result:
      "Năm 2020 đã tiếp 15 lượt công dân, tiếp nhận 19 đơn; giải quyết 19/19 đơn đúng thời hạn, không có khiếu nại vượt cấp.",
    evidence: "BC 249/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "8.2",
    date: "2020-12-07",
    progress: 100,
    result:
      "Tỷ lệ hồ sơ nộp trực tuyến năm 2020 đạt 34,6%, vượt chỉ tiêu đề ra; 15 thủ tục hành chính được tích hợp thanh toán trực tuyến.",
    evidence: "BC 248/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.3",
    date: "2020-12-08",
    progress: 90,
    result:
      "Đã lấy ý kiến doanh nghiệp đối với 02 dự thảo văn bản về thu hút đầu tư và hỗ trợ nhà ở cho người lao động; nhiệm vụ tiếp tục được thực hiện thường xuyên.",
    evidence: "",
    updatedBy: "Lê Văn C",
  },
  {
    taskId: "8.3",
    date: "2020-12-08",
    progress: 95,
    result: "Năm 2020 đã phát hành 1.280 văn bản điện tử có ký số (đạt 98%); tiếp tục duy trì thường xuyên.",
    evidence: "",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "2.5",
    date: "2020-12-09",
    progress: 100,
    result:
      "Năm 2020 đã đăng tải 198 tin, bài trên Cổng thông tin điện tử; cung cấp thông tin kịp thời, đúng quy định cho các cơ quan báo chí.",
    evidence: "https://example.gov.vn/bqlkcn/tin-tuc",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "4.5",
    date: "2020-12-09",
    progress: 100,
    result:
      "Hoàn thành 04 đợt kiểm tra công vụ năm 2020; không có cán bộ, công chức, viên chức vi phạm đến mức phải xử lý kỷ luật.",
    evidence: "BC 250/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "1.4",
    date: "2020-12-10",
    progress: 100,
    result:
      "Hoàn thành kế hoạch tuyên truyền năm 2020: tổ chức 08 hội nghị với hơn 1.500 lượt người tham dự; cấp phát 5.000 tờ gấp, sổ tay pháp luật lao động.",
    evidence: "BC 252/BC-BQLKCN",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "5.2",
    date: "2020-12-10",
    progress: 95,
    result:
      "Lũy kế năm 2020 tiếp nhận 1.690 hồ sơ, giải quyết đúng hạn 1.689 hồ sơ (đạt 99,9%); tiếp tục duy trì thường xuyên.",
    evidence: "",
    updatedBy: "Phạm Thị D",
  },
  {
    taskId: "6.5",
    date: "2020-12-10",
    progress: 100,
    result:
      "Năm 2020 đã tổ chức 03 phiên giao dịch việc làm trực tiếp và duy trì kênh tuyển dụng trực tuyến; kết nối cung ứng 1.450 lao động cho doanh nghiệp.",
    evidence: "BC 253/BC-BQLKCN",
    updatedBy: "Đỗ Văn H",
  },
  {
    taskId: "2.2",
    date: "2020-12-11",
    progress: 100,
    result:
      "Hoàn thành rà soát, niêm yết thủ tục hành chính năm 2020; 100% thủ tục hành chính được công khai đúng quy định tại trụ sở và trên Cổng thông tin điện tử.",
    evidence: "https://example.gov.vn/bqlkcn/thu-tuc-hanh-chinh",
    updatedBy: "Trần Thị B",
  },
  {
    taskId: "3.5",
    date: "2020-12-11",
    progress: 100,
    result:
      "Đã ban hành Báo cáo số 188/BC-BQLKCN ngày 15/9/2020 về kết quả thực hiện Kế hoạch 9 tháng năm 2020; các báo cáo định kỳ trong năm đều gửi đúng hạn, số liệu cả năm đã tổng hợp xong để lập báo cáo năm 2020.",
    evidence: "BC 188/BC-BQLKCN",
    updatedBy: "Trần Thị B",
  },
];

export interface SampleNarrative {
  period: string;
  situation: string;
  shortcomings: string;
  nextSteps: string;
  proposals: string;
}

/** Rows of the `Nội dung báo cáo` sheet. */
export const SAMPLE_NARRATIVES: SampleNarrative[] = [
  {
    period: "2020-Q1",
    situation:
      "Ngay sau khi Kế hoạch số 28/KH-BQLKCN ngày 15/01/2020 được ban hành, Ban đã tổ chức quán triệt đến toàn thể cán bộ, công chức, viên chức và người lao động, giao nhiệm vụ cụ thể cho từng phòng, đơn vị trực thuộc.\nCác nhiệm vụ trọng tâm của quý I như ban hành Kế hoạch phòng, chống tham nhũng, công khai lịch tiếp công dân của Trưởng ban, tổ chức Hội nghị cán bộ, công chức, viên chức đã được triển khai; các nhiệm vụ thường xuyên được duy trì theo kế hoạch.",
    shortcomings:
      "Hội nghị cán bộ, công chức, viên chức năm 2020 tổ chức chậm so với thời hạn do trùng dịp Tết Nguyên đán. Việc chuyển đổi vị trí công tác đối với công chức theo Nghị định số 59/2019/NĐ-CP chưa hoàn thành đúng thời hạn. Dịch COVID-19 diễn biến phức tạp ảnh hưởng đến việc tổ chức các hội nghị, hoạt động tập trung đông người.",
    nextSteps:
      "Hoàn thành việc chuyển đổi vị trí công tác đối với công chức trong tháng 4/2020; đưa vào vận hành chính thức Cổng thông tin điện tử của Ban sau nâng cấp. Công khai quy hoạch chi tiết các khu công nghiệp, rút ngắn thời gian cấp giấy phép xây dựng theo kế hoạch quý II; tiếp tục hướng dẫn doanh nghiệp phòng, chống dịch COVID-19.",
    proposals:
      "Đề nghị Sở Nội vụ tổ chức tập huấn chuyên sâu về các nội dung thành phần của Chỉ số PAPI cho công chức đầu mối của các sở, ban, ngành. Đề nghị Sở Thông tin và Truyền thông tiếp tục hỗ trợ kỹ thuật trong việc nâng cấp Cổng thông tin điện tử của Ban.",
  },
  {
    period: "2020-H1",
    situation:
      "Trong 6 tháng đầu năm 2020, mặc dù chịu ảnh hưởng của dịch COVID-19, Ban đã chỉ đạo các phòng, đơn vị trực thuộc bám sát Kế hoạch, linh hoạt chuyển một số hoạt động tuyên truyền, đối thoại sang hình thức trực tuyến.\nNhiều nhiệm vụ đã hoàn thành như công khai quy hoạch chi tiết 07 khu công nghiệp, rút ngắn 40% thời gian cấp giấy phép xây dựng, tích hợp 42 thủ tục hành chính mức độ 3, 4 lên Cổng dịch vụ công của tỉnh.",
    shortcomings:
      "Hội nghị đối thoại doanh nghiệp năm 2020 phải tạm hoãn do thực hiện giãn cách xã hội; Hội thi tìm hiểu pháp luật lao động cho công nhân chưa tổ chức được. Tỷ lệ hồ sơ nộp trực tuyến còn thấp so với chỉ tiêu đề ra.",
    nextSteps:
      "Tổ chức Hội nghị đối thoại doanh nghiệp ngay khi tình hình dịch bệnh cho phép; hoàn thành Kế hoạch ứng phó sự cố môi trường trong các khu công nghiệp. Triển khai tuyển dụng viên chức, khảo sát mức độ hài lòng của doanh nghiệp và vận hành Hệ thống thông tin một cửa điện tử trong quý III.",
    proposals:
      "Đề nghị UBND tỉnh chỉ đạo Sở Tài nguyên và Môi trường phối hợp đẩy nhanh việc cấp Giấy chứng nhận quyền sử dụng đất cho các dự án đầu tư trong khu công nghiệp.",
  },
  {
    period: "2020-9M",
    situation:
      "Trong 9 tháng năm 2020, Ban đã tổ chức Hội nghị đối thoại với 110 doanh nghiệp, ban hành Kế hoạch ứng phó sự cố môi trường trong các khu công nghiệp. Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban đã được công bố, niêm yết đầy đủ; quy trình điện tử của 68 thủ tục hành chính đã được cấu hình trên Hệ thống thông tin một cửa điện tử của tỉnh.",
    shortcomings:
      "Một số nhiệm vụ hoàn thành chậm so với thời hạn như Hội nghị đối thoại doanh nghiệp, Kế hoạch ứng phó sự cố môi trường. Việc tuyển dụng viên chức phải tạm dừng để điều chỉnh vị trí việc làm; khảo sát mức độ hài lòng của doanh nghiệp chưa có kết quả.",
    nextSteps:
      "Hoàn thành báo cáo kết quả khảo sát mức độ hài lòng, công tác tuyển dụng viên chức và kiểm tra bảo vệ môi trường tại doanh nghiệp trong quý IV. Tổng kết việc thực hiện Kế hoạch năm 2020, xây dựng Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2021.",
    proposals:
      "Đề nghị Sở Nội vụ sớm có ý kiến về việc điều chỉnh vị trí việc làm của Trung tâm Dịch vụ hỗ trợ doanh nghiệp để Ban tổ chức tuyển dụng viên chức theo quy định.",
  },
  {
    period: "2020-Y",
    situation:
      "Năm 2020, Ban đã triển khai đồng bộ các nhiệm vụ của Kế hoạch số 28/KH-BQLKCN trên cả 08 nội dung của Chỉ số PAPI; phần lớn nhiệm vụ đã hoàn thành, các nhiệm vụ thường xuyên được duy trì liên tục.\nCông tác công khai, minh bạch, giải quyết thủ tục hành chính và ứng dụng công nghệ thông tin có chuyển biến rõ nét: tỷ lệ hồ sơ nộp trực tuyến đạt 34,6%; 93,5% tổ chức, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính của Ban.",
    shortcomings:
      "Một số nhiệm vụ còn chậm hoặc chưa hoàn thành: tuyển dụng viên chức Trung tâm Dịch vụ hỗ trợ doanh nghiệp, khảo sát nhu cầu trường lớp cho con em người lao động, nâng cấp hạ tầng mạng nội bộ do chưa được bố trí kinh phí. Hội thi tìm hiểu pháp luật lao động cho công nhân chưa tổ chức được do ảnh hưởng của dịch COVID-19.",
    nextSteps:
      "Hoàn thành các nhiệm vụ còn tồn đọng trong quý I năm 2021; xây dựng, ban hành Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2021 gắn với Kế hoạch cải cách hành chính và Đề án nâng cao Chỉ số PCI. Tiếp tục đẩy mạnh cung cấp dịch vụ công trực tuyến mức độ 3, 4 và tăng cường đối thoại với doanh nghiệp, người lao động.",
    proposals:
      "Đề nghị UBND tỉnh bố trí kinh phí nâng cấp hạ tầng công nghệ thông tin của Ban trong dự toán năm 2021. Đề nghị Sở Nội vụ tiếp tục hướng dẫn các cơ quan phân tích kết quả Chỉ số PAPI năm 2020 để đề ra giải pháp cải thiện phù hợp.",
  },
];

export interface SampleScore {
  year: number;
  group: number;
  score: number | "";
  target: number | "";
  source: string;
}

/** Says on every row that these scores are invented: Tỉnh Mẫu has no published PAPI scores. */
export const SAMPLE_SCORES_SOURCE = "Ví dụ: điểm giả định của Tỉnh Mẫu, không phải số liệu công bố";

/**
 * Rows of the `Điểm PAPI` sheet: made-up dimension scores for the three years before the plan year, in the
 * style of papi.org.vn's (Quảng Ninh 2019: 5.53 6.29 4.89 7.64 7.30 7.65 4.75 2.61), and the plan year's
 * targets. Dimensions 2, 3 and 6 fall in 2019; five dimensions stay below their 2020 target.
 */
export const SAMPLE_SCORES: SampleScore[] = (() => {
  const published: Record<number, number[]> = {
    2017: [5.21, 6.02, 4.95, 7.12, 7.05, 7.41, 4.38, 2.2],
    2018: [5.4, 6.15, 5.02, 7.4, 7.22, 7.58, 4.52, 2.45],
    2019: [5.53, 6.08, 4.89, 7.64, 7.3, 7.49, 4.75, 2.61],
  };
  const targets2020 = [5.5, 6.4, 5.1, 7.6, 7.3, 7.7, 4.9, 3];
  return [
    ...Object.entries(published).flatMap(([year, scores]) =>
      scores.map((score, i) => ({
        year: Number(year),
        group: i + 1,
        score,
        target: "" as const,
        source: SAMPLE_SCORES_SOURCE,
      })),
    ),
    ...targets2020.map((target, i) => ({
      year: 2020,
      group: i + 1,
      score: "" as const,
      target,
      source: SAMPLE_SCORES_SOURCE,
    })),
  ];
})();

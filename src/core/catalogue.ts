/** The eight PAPI dimensions (since 2018) and their sub-dimensions, in Vietnamese and English. */

export interface SubDimension {
  code: string;
  vn: string;
  en: string;
}

export interface Dimension {
  id: number;
  vn: string;
  en: string;
  subs: SubDimension[];
}

const sub = (code: string, vn: string, en: string): SubDimension => ({ code, vn, en });

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 1,
    vn: "Tham gia của người dân ở cấp cơ sở",
    en: "Participation at Local Levels",
    subs: [
      sub("1.1", "Tri thức công dân", "Civic Knowledge"),
      sub("1.2", "Cơ hội tham gia", "Opportunities for Participation"),
      sub("1.3", "Chất lượng bầu cử", "Quality of Elections"),
      sub("1.4", "Đóng góp tự nguyện", "Voluntary Contributions"),
    ],
  },
  {
    id: 2,
    vn: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    en: "Transparency in Local Decision-making",
    subs: [
      sub("2.1", "Tiếp cận thông tin", "Access to Information"),
      sub("2.2", "Công khai danh sách hộ nghèo", "Poverty Lists"),
      sub("2.3", "Công khai thu chi ngân sách cấp xã", "Communal Budgets"),
      sub("2.4", "Quy hoạch, kế hoạch sử dụng đất và khung giá đền bù", "Land-Use Plans and Pricing"),
    ],
  },
  {
    id: 3,
    vn: "Trách nhiệm giải trình với người dân",
    en: "Vertical Accountability",
    subs: [
      sub("3.1", "Hiệu quả tương tác với các cấp chính quyền", "Interactions with Local Authorities"),
      sub("3.2", "Giải đáp khiếu nại, tố cáo, khúc mắc", "Government Responsiveness"),
      sub("3.3", "Tiếp cận dịch vụ tư pháp", "Access to Justice Services"),
    ],
  },
  {
    id: 4,
    vn: "Kiểm soát tham nhũng trong khu vực công",
    en: "Control of Corruption in the Public Sector",
    subs: [
      sub("4.1", "Kiểm soát tham nhũng trong chính quyền địa phương", "Limits on Public Sector Corruption"),
      sub(
        "4.2",
        "Kiểm soát tham nhũng trong cung ứng dịch vụ công",
        "Limits on Corruption in Service Delivery",
      ),
      sub("4.3", "Công bằng trong tuyển dụng vào khu vực nhà nước", "Equity in State Employment"),
      sub("4.4", "Quyết tâm chống tham nhũng", "Willingness to Fight Corruption"),
    ],
  },
  {
    id: 5,
    vn: "Thủ tục hành chính công",
    en: "Public Administrative Procedures",
    subs: [
      sub("5.1", "Chứng thực, xác nhận", "Certification"),
      sub("5.2", "Giấy phép xây dựng", "Construction Permits"),
      sub("5.3", "Giấy chứng nhận quyền sử dụng đất", "Land Use Rights Certificates"),
      sub("5.4", "Thủ tục hành chính cấp xã, phường", "Commune-level Procedures"),
    ],
  },
  {
    id: 6,
    vn: "Cung ứng dịch vụ công",
    en: "Public Service Delivery",
    subs: [
      sub("6.1", "Y tế công lập", "Public Health"),
      sub("6.2", "Giáo dục tiểu học công lập", "Public Primary Education"),
      sub("6.3", "Cơ sở hạ tầng căn bản", "Basic Infrastructure"),
      sub("6.4", "An ninh, trật tự khu dân cư", "Law and Order"),
    ],
  },
  {
    id: 7,
    vn: "Quản trị môi trường",
    en: "Environmental Governance",
    subs: [
      sub(
        "7.1",
        "Sự nghiêm túc của chính quyền trong bảo vệ môi trường",
        "Seriousness in Environmental Protection",
      ),
      sub("7.2", "Chất lượng không khí", "Air Quality"),
      sub("7.3", "Chất lượng nước", "Water Quality"),
    ],
  },
  {
    id: 8,
    vn: "Quản trị điện tử",
    en: "E-Governance",
    subs: [
      sub("8.1", "Sử dụng cổng thông tin điện tử của chính quyền", "Use of E-Government Portals"),
      sub("8.2", "Tiếp cận và sử dụng Internet", "Internet Access"),
    ],
  },
];

/** The label staff pick in the `Nhóm PAPI` dropdown, e.g. `1. Tham gia của người dân ở cấp cơ sở`. */
export function dimensionLabel(d: Dimension): string {
  return `${d.id}. ${d.vn}`;
}

/** The label of a sub-dimension in the `Nội dung thành phần` dropdown, e.g. `1.2 Cơ hội tham gia`. */
export function subDimensionLabel(s: SubDimension): string {
  return `${s.code} ${s.vn}`;
}

export function dimensionById(id: number): Dimension | undefined {
  return DIMENSIONS[id - 1];
}

export function findSubDimension(code: string): SubDimension | undefined {
  for (const d of DIMENSIONS) {
    const found = d.subs.find((s) => s.code === code);
    if (found) return found;
  }
  return undefined;
}

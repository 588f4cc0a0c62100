/**
 * The kinds of unit an obligation can be addressed to, as provincial conclusions name them in their
 * "Kính gửi" / "Nơi nhận" lists and in phrases such as "Các huyện ủy, thị ủy, thành ủy…". A group phrase in a
 * conclusion expands into one task per registered unit of the matching kind.
 */
export const UNIT_KINDS = [
  /** The provincial party committee itself and its standing board (Tỉnh ủy, Ban Thường vụ Tỉnh ủy). */
  "province_party_committee",
  /**
   * A party board or specialised advisory body of the provincial committee: Ban Tổ chức, Ban Tuyên giáo và
   * Dân vận, Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy…
   */
  "provincial_board",
  /** A party delegation or party executive committee (đảng đoàn, ban cán sự đảng) in a state or mass body. */
  "party_delegation",
  /** A party committee directly under the provincial committee, including bloc committees (đảng ủy khối). */
  "affiliated_party_committee",
  /**
   * A district-level committee: huyện ủy, thị ủy, thành ủy. Abolished from 7/2025; see `successor`. The unit a
   * province keeps for a district: tasks of "Ủy ban nhân dân các huyện" go to these units too.
   */
  "district_party_committee",
  /**
   * A commune-level committee: đảng ủy xã, phường, thị trấn (đặc khu since 7/2025). The unit a province keeps
   * for a commune: tasks of "Ủy ban nhân dân các xã", "UBND cấp xã" go to these units too.
   */
  "commune_party_committee",
  /** A provincial department, board or sector of the state administration (sở, ban, ngành). */
  "department",
  /** The Fatherland Front, a socio-political organisation, the provincial Youth Union (Tỉnh đoàn)… */
  "mass_organization",
  /** Anything else, e.g. a public service unit (đơn vị sự nghiệp). */
  "other",
] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

/** Vietnamese labels, as shown to officers in the bot. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province_party_committee: "Tỉnh ủy, Ban Thường vụ Tỉnh ủy",
  provincial_board: "Ban đảng, cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
  party_delegation: "Đảng đoàn, ban cán sự đảng",
  affiliated_party_committee: "Đảng ủy trực thuộc Tỉnh ủy",
  district_party_committee: "Huyện ủy, thị ủy, thành ủy",
  commune_party_committee: "Đảng ủy xã, phường, thị trấn",
  department: "Sở, ban, ngành",
  mass_organization: "Mặt trận Tổ quốc, tổ chức chính trị - xã hội",
  other: "Khác",
};

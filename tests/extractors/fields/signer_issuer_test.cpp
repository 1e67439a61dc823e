// Signers and issuers of whole documents written for these tests: an officer's
// rank before the signer's name, a chair signing in their own name, the head of
// a department in a competence line, a school under its Sở.
#include <gtest/gtest.h>

#include <string>

#include "document_builder.hpp"

namespace vbtrack {
namespace {

using test::extract_text;

std::string police_letter(std::string_view name_line) {
    return "CÔNG AN TỈNH LAI CHÂU\n"
           "PHÒNG CẢNH SÁT KINH TẾ\n"
           "Số: 112/PC03-ĐI\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n"
           "Lai Châu, ngày 14 tháng 3 năm 2025\n"
           "V/v kiểm tra hoạt động kinh doanh xăng dầu\n"
           "Kính gửi: Công an các huyện, thành phố.\n"
           "Để bảo đảm an ninh kinh tế, Phòng Cảnh sát kinh tế đề nghị Công an các huyện, thành phố kiểm tra các "
           "cửa hàng xăng dầu trên địa bàn, báo cáo kết quả trước ngày 30/4/2025.\n"
           "Nơi nhận:\n"
           "- Như trên;\n"
           "- Lưu: VT, PC03.\n"
           "KT. TRƯỞNG PHÒNG\n"
           "PHÓ TRƯỞNG PHÒNG\n" +
           std::string(name_line);
}

// Army and police officers sign with their rank before the name (a closed list).
TEST(Signer, AnOfficersRankIsNotPartOfTheName) {
    for (std::string_view rank : {"Trung tá", "Đại úy", "Thượng tá", "Thiếu tướng"}) {
        Record r = extract_text(police_letter(std::string(rank) + " Hoàng Văn Dũng"));
        ASSERT_TRUE(r.signer) << rank;
        EXPECT_EQ(r.signer->name, "Hoàng Văn Dũng") << rank;
        EXPECT_EQ(r.signer->position, "Phó Trưởng phòng");
    }
    Record plain = extract_text(police_letter("Hoàng Văn Dũng"));
    ASSERT_TRUE(plain.signer);
    EXPECT_EQ(plain.signer->name, "Hoàng Văn Dũng");
}

std::string committee_document(std::string_view header, std::string_view type_line, std::string_view symbol,
                               std::string_view signature) {
    return std::string(header) +
           "Số: " + std::string(symbol) + "\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n"
           "Mường Tè, ngày 02 tháng 4 năm 2025\n" +
           std::string(type_line) +
           "\nVề tăng cường công tác phòng cháy, chữa cháy rừng\n"
           "1. Phòng Nông nghiệp và Phát triển nông thôn huyện kiểm tra các khu rừng trước ngày 15/5/2025.\n"
           "Nơi nhận:\n"
           "- Như trên;\n"
           "- Lưu: VT.\n" +
           std::string(signature) + "\nLò Văn Pọm";
}

constexpr std::string_view kDistrictCommittee = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n";

// A chair who signs with no "TM." acts in their own name (Nghị định 30/2020):
// their Chỉ thị is the Chủ tịch's; signed for the committee it is the committee's;
// a council's resolution signed by its chair stays the council's.
TEST(Issuer, AChairSigningInTheirOwnName) {
    Record directive = extract_text(committee_document(kDistrictCommittee, "CHỈ THỊ", "03/CT-UBND", "CHỦ TỊCH"));
    EXPECT_EQ(directive.doc_type, "CT");
    EXPECT_EQ(directive.issuer, "Chủ tịch Ủy ban nhân dân huyện Mường Tè");
    ASSERT_TRUE(directive.signer);
    EXPECT_EQ(directive.signer->authority, "");
    Record collective = extract_text(
        committee_document(kDistrictCommittee, "CHỈ THỊ", "03/CT-UBND", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"));
    EXPECT_EQ(collective.issuer, "Ủy ban nhân dân huyện Mường Tè");
    Record plan = extract_text(committee_document(kDistrictCommittee, "KẾ HOẠCH", "41/KH-UBND", "CHỦ TỊCH"));
    EXPECT_EQ(plan.issuer, "Ủy ban nhân dân huyện Mường Tè");
    Record resolution = extract_text(
        committee_document("HỘI ĐỒNG NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n", "NGHỊ QUYẾT", "05/NQ-HĐND", "CHỦ TỊCH"));
    EXPECT_EQ(resolution.issuer, "Hội đồng nhân dân huyện Mường Tè");
}

constexpr std::string_view kDepartmentDecision =
    "UBND TỈNH LAI CHÂU\n"
    "SỞ VĂN HÓA, THỂ THAO\n"
    "VÀ DU LỊCH\n"
    "Số: 210/QĐ-SVHTTDL\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Lai Châu, ngày 05 tháng 6 năm 2025\n"
    "QUYẾT ĐỊNH\n"
    "Về việc thành lập Ban Tổ chức Hội thi văn nghệ quần chúng năm 2025\n"
    "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n"
    "Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 10/4/2024 của UBND tỉnh Lai Châu;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Thành lập Ban Tổ chức Hội thi.\n"
    "Điều 2. Chánh Văn phòng Sở và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n"
    "- Như Điều 2;\n"
    "- Lưu: VT.\n"
    "KT. GIÁM ĐỐC\n"
    "PHÓ GIÁM ĐỐC\n"
    "Tẩn Văn Lở";

// The head of a provincial department decides as "Giám đốc Sở ... tỉnh X", the
// province taken from the parent above the department, each field of the
// department's name capitalized as the official name is.
TEST(Issuer, TheHeadOfADepartmentInTheCompetenceLine) {
    Record r = extract_text(kDepartmentDecision);
    EXPECT_EQ(r.issuer, "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu");
}

// A school is named by its own name: the Sở above it is its parent, not part of the name.
TEST(Issuer, ASchoolUnderItsDepartment) {
    Record r = extract_text(
        "SỞ GD&ĐT LAI CHÂU\n"
        "TRƯỜNG PTDTNT\n"
        "THCS PHONG THỔ\n"
        "Số: 31/KH-PTDTNT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Phong Thổ, ngày 10 tháng 8 năm 2025\n"
        "KẾ HOẠCH\n"
        "Tổ chức khai giảng năm học 2025 - 2026\n"
        "1. Tổ Văn phòng chuẩn bị cơ sở vật chất trước ngày 01/9/2025.\n"
        "Nơi nhận:\n"
        "- Sở GD&ĐT (b/c);\n"
        "- Lưu: VT.\n"
        "HIỆU TRƯỞNG\n"
        "Vàng A Sử");
    EXPECT_EQ(r.issuer, "Trường PTDTNT THCS Phong Thổ");
}

}  // namespace
}  // namespace vbtrack

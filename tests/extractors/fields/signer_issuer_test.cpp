// Signers and issuers of whole documents written for these tests: an officer's
// rank before the signer's name.
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

}  // namespace
}  // namespace vbtrack

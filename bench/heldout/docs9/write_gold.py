#!/usr/bin/env python3
"""The gold of set 9, typed by hand. Writes <id>/gold.json and checks that every deadline text, task,
responsible body, body name, recipient and reference number occurs verbatim in <id>/source.txt (first letter
case-insensitive), that absolute dates agree with `date`, and that every `due` of a relative term equals the
one computed with the holiday list below."""
import datetime as dt, json, os, sys

D = dt.date
# Days off (Labour Code 2019 Art. 112, Tết and Giỗ Tổ from the lunar calendar, the yearly swaps).
OFF = {D(2024, 1, 1), D(2024, 4, 18), D(2024, 4, 29), D(2024, 4, 30), D(2024, 5, 1), D(2024, 9, 2), D(2024, 9, 3),
       D(2025, 1, 1), D(2025, 4, 30), D(2025, 5, 1), D(2025, 5, 2)} | {D(2024, 2, d) for d in range(8, 15)} \
      | {D(2025, 1, d) for d in range(27, 32)}
WORKING_SATURDAYS = {D(2024, 5, 4), D(2025, 4, 26)}
UNSURE = {D(2025, 4, 7), D(2025, 9, 1), D(2025, 9, 2), D(2026, 1, 1)}


def working(d):
    return d in WORKING_SATURDAYS or (d.weekday() < 5 and d not in OFF)


def add_days(start, n, working_days):
    d = start
    if working_days:
        while n:
            d += dt.timedelta(1)
            assert d not in UNSURE, d
            n -= working(d)
    else:
        d += dt.timedelta(n)
        while not working(d):  # Civil Code Art. 148: a term ending on a day off moves to the next working day
            assert d not in UNSURE, d
            d += dt.timedelta(1)
    return d


def dl(text, kind, task, resp, date=None, md=None, off=None, due=None):
    return {"text": text, "kind": kind, "date": date, "month_day": md,
            "offset": None if off is None else {"days": off[0], "working_days": off[1], "after": off[2]},
            "due": due if due is not None else date, "task": task, "responsible": resp}


def R(num, date, issuer):
    return {"number_symbol": num, "date": date, "issuer": issuer}


def B(*pairs):
    return [{"name": n, "role": r} for n, r in pairs]


DOCS = {}
# For relative terms with a dated trigger: (start date, days, working) checked against `due`.
STARTS = {}

DOCS["kh18-vks-bacyen-2024"] = dict(
    doc_type="KH", doc_type_name="Kế hoạch", number_symbol="18/KH-VKS",
    issuer="Viện kiểm sát nhân dân huyện Bắc Yên",
    issuer_lines=["VIỆN KSND TỈNH SƠN LA", "VIỆN KIỂM SÁT NHÂN DÂN", "HUYỆN BẮC YÊN"],
    place="Bắc Yên", issued_date="2024-10-08",
    title="Trực tiếp kiểm sát việc tạm giữ, tạm giam tại Nhà tạm giữ Công an huyện Bắc Yên Quý IV năm 2024",
    signer={"name": "Đinh Văn Pầng", "position": "Phó Viện trưởng", "authority": "KT. Viện trưởng"},
    references=[R("63/2014/QH13", "2014-11-24", "Quốc hội"), R("94/2015/QH13", "2015-11-25", "Quốc hội"),
                R("102/KH-VKS", "2024-09-20", "Viện kiểm sát nhân dân tỉnh Sơn La")],
    deadlines=[
        dl("trước ngày 16/10", "absolute", "tự kiểm tra, báo cáo bằng văn bản kết quả công tác tạm giữ, tạm giam trong kỳ kiểm sát, gửi Viện kiểm sát nhân dân huyện", ["Nhà tạm giữ"], date="2024-10-16"),
        dl("trong thời hạn 05 ngày làm việc kể từ ngày kết thúc trực tiếp kiểm sát", "relative", "xây dựng dự thảo Kết luận trực tiếp kiểm sát, trình Viện trưởng", ["Đoàn kiểm sát"], off=(5, True, "kết thúc trực tiếp kiểm sát"), due="2024-10-30"),
        dl("trong thời hạn 15 ngày kể từ ngày nhận được kiến nghị", "relative", "tổ chức khắc phục và trả lời kiến nghị", ["Công an huyện Bắc Yên"], off=(15, False, "nhận được kiến nghị")),
        dl("trước ngày 08 tháng 11 năm 2024", "absolute", "tổng hợp kết quả, báo cáo Viện kiểm sát nhân dân tỉnh Sơn La", ["Bộ phận Văn phòng tổng hợp"], date="2024-11-08"),
    ],
    responsible_bodies=B(("Công an huyện Bắc Yên", "thực hiện"), ("Nhà tạm giữ", "thực hiện"), ("Đoàn kiểm sát", "thực hiện"),
                         ("Bộ phận Văn phòng tổng hợp", "theo dõi"), ("Bộ phận Văn phòng tổng hợp", "thực hiện")),
    recipients=["VKSND tỉnh Sơn La (Phòng 8)", "Công an huyện Bắc Yên", "Lãnh đạo Viện", "Đoàn kiểm sát"])
STARTS["kh18-vks-bacyen-2024"] = {1: "2024-10-23"}  # end of the direct inspection (Wed), fixed in II.3

DOCS["cv2418-vpubnd-caobang-2025"] = dict(
    doc_type="CV", doc_type_name="Công văn", number_symbol="2418/VP-KSTT",
    issuer="Văn phòng Ủy ban nhân dân tỉnh Cao Bằng", issuer_lines=["UBND TỈNH CAO BẰNG", "VĂN PHÒNG"],
    place="Cao Bằng", issued_date="2025-08-12",
    title="V/v chấn chỉnh việc giải quyết hồ sơ thủ tục hành chính quá hạn tại cấp xã",
    signer={"name": "Nông Thị Hoài", "position": "Phó Chánh Văn phòng", "authority": "KT. Chánh Văn phòng"},
    references=[R("356/TB-VP", "2025-08-05", "Văn phòng Ủy ban nhân dân tỉnh Cao Bằng"),
                R("118/2025/NĐ-CP", "2025-06-09", "Chính phủ")],
    deadlines=[
        dl("trước ngày 25/8/2025", "absolute", "rà soát toàn bộ hồ sơ đang giải quyết, thực hiện việc xin lỗi tổ chức, cá nhân đối với hồ sơ quá hạn", ["Trung tâm Phục vụ hành chính công cấp xã"], date="2025-08-25"),
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ký văn bản này", "relative", "khắc phục lỗi đồng bộ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh và Cổng Dịch vụ công quốc gia, hướng dẫn các xã, phường cập nhật trạng thái hồ sơ", ["Sở Khoa học và Công nghệ"], off=(5, True, "ký văn bản này"), due="2025-08-19"),
        dl("trong tháng 9/2025", "absolute", "nghiên cứu, đưa tỷ lệ hồ sơ giải quyết đúng hạn vào tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức cấp xã, tham mưu Ủy ban nhân dân tỉnh ban hành", ["Sở Nội vụ"], date="2025-09-30"),
        dl("trước ngày 20 hằng tháng", "recurring", "báo cáo tình hình, kết quả giải quyết hồ sơ thủ tục hành chính, gửi Văn phòng Ủy ban nhân dân tỉnh", ["Ủy ban nhân dân các xã, phường"], due="2025-09-20"),
        dl("trong thời hạn 07 ngày làm việc kể từ ngày phát hiện", "relative", "xem xét trách nhiệm, báo cáo Chủ tịch Ủy ban nhân dân tỉnh", ["Chủ tịch Ủy ban nhân dân các xã, phường"], off=(7, True, "phát hiện")),
    ],
    responsible_bodies=B(("Chủ tịch Ủy ban nhân dân các xã, phường", "thực hiện"), ("Trung tâm Phục vụ hành chính công cấp xã", "thực hiện"),
                         ("Sở Khoa học và Công nghệ", "chủ trì"), ("Sở Khoa học và Công nghệ", "thực hiện"),
                         ("Trung tâm Phục vụ hành chính công tỉnh", "phối hợp"), ("Sở Nội vụ", "thực hiện"),
                         ("Ủy ban nhân dân các xã, phường", "thực hiện")),
    recipients=["Như trên", "Chủ tịch, các PCT UBND tỉnh", "CVP, các PCVP UBND tỉnh", "Trung tâm PVHCC tỉnh"])
STARTS["cv2418-vpubnd-caobang-2025"] = {1: "2025-08-12"}

DOCS["hd11-stp-quangngai-2024"] = dict(
    doc_type="HD", doc_type_name="Hướng dẫn", number_symbol="11/HD-STP",
    issuer="Sở Tư pháp tỉnh Quảng Ngãi", issuer_lines=["UBND TỈNH QUẢNG NGÃI", "SỞ TƯ PHÁP"],
    place="Quảng Ngãi", issued_date="2024-11-05",
    title="Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật năm 2024",
    signer={"name": "Đinh Thị Loan", "position": "Phó Giám đốc", "authority": "KT. Giám đốc"},
    references=[R("14/2012/QH13", "2012-06-20", "Quốc hội"), R("25/2021/QĐ-TTg", "2021-07-22", "Thủ tướng Chính phủ"),
                R("09/2021/TT-BTP", "2021-11-15", "Bộ trưởng Bộ Tư pháp"),
                R("45/KH-UBND", "2024-03-12", "Ủy ban nhân dân tỉnh Quảng Ngãi")],
    deadlines=[
        dl("trước ngày 30/11/2024", "absolute", "lập hồ sơ đề nghị công nhận, gửi Phòng Tư pháp cấp huyện", ["Ủy ban nhân dân cấp xã"], date="2024-11-30"),
        dl("trong thời hạn 07 ngày làm việc kể từ ngày ban hành Hướng dẫn", "relative", "phổ biến Hướng dẫn này đến Ủy ban nhân dân cấp xã", ["Phòng Tư pháp"], off=(7, True, "ban hành Hướng dẫn"), due="2024-11-14"),
        dl("trước ngày 15 tháng 12 năm 2024", "absolute", "thẩm định hồ sơ, tham mưu Chủ tịch Ủy ban nhân dân cùng cấp xem xét, công nhận cấp xã đạt chuẩn tiếp cận pháp luật", ["Phòng Tư pháp các huyện, thị xã, thành phố"], date="2024-12-15"),
        dl("trước ngày 10/01", "absolute", "báo cáo kết quả đánh giá, công nhận về Sở Tư pháp", ["Ủy ban nhân dân các huyện, thị xã, thành phố"], date="2025-01-10"),
        dl("trước ngày 31 tháng 3 hằng năm", "recurring", "cập nhật kết quả thực hiện các chỉ tiêu tiếp cận pháp luật của năm trước lên Hệ thống thông tin của ngành tư pháp", ["Ủy ban nhân dân cấp xã"], md="03-31", due="2025-03-31"),
    ],
    responsible_bodies=B(("Ủy ban nhân dân cấp xã", "thực hiện"), ("Ủy ban nhân dân các huyện, thị xã, thành phố", "thực hiện"),
                         ("Phòng Tư pháp", "thực hiện"), ("Phòng Tư pháp các huyện, thị xã, thành phố", "chủ trì"),
                         ("Phòng Nội vụ", "phối hợp"), ("Phòng Văn hóa và Thông tin", "phối hợp"),
                         ("Phòng Phổ biến, giáo dục pháp luật", "theo dõi")),
    recipients=["UBND tỉnh", "Giám đốc, các PGĐ Sở", "UBND các huyện, thị xã, thành phố", "Phòng Tư pháp các huyện, thị xã, thành phố"])
STARTS["hd11-stp-quangngai-2024"] = {1: "2024-11-05"}

DOCS["tb09-ubktdu-taxilang-2025"] = dict(
    doc_type="TB", doc_type_name="Thông báo", number_symbol="09-TB/UBKT",
    issuer="Ủy ban Kiểm tra Đảng ủy xã Tà Xi Láng", issuer_lines=["ĐẢNG ỦY XÃ TÀ XI LÁNG", "ỦY BAN KIỂM TRA"],
    place="Tà Xi Láng", issued_date="2025-03-19",
    title="Kết luận kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với Chi bộ bản Pá Hu",
    signer={"name": "Giàng A Chơ", "position": "Chủ nhiệm", "authority": "T/M Ủy ban Kiểm tra"},
    references=[R("22-QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương"),
                R("05-KH/UBKT", "2025-01-10", "Ủy ban Kiểm tra Đảng ủy xã Tà Xi Láng")],
    deadlines=[
        dl("Trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo", "relative", "tổ chức quán triệt Thông báo này đến toàn thể đảng viên", ["Chi bộ bản Pá Hu"], off=(5, True, "ký Thông báo"), due="2025-03-26"),
        dl("trước ngày 15/4/2025", "absolute", "xây dựng chương trình kiểm tra, giám sát năm 2025, trình chi bộ thông qua", ["Chi ủy Chi bộ bản Pá Hu"], date="2025-04-15"),
        dl("trong tháng 4/2025", "absolute", "thu đủ số đảng phí còn nợ", ["Đảng viên làm công tác đảng phí"], date="2025-04-30"),
        dl("trong thời hạn 15 ngày kể từ ngày nhận được Thông báo", "relative", "xem xét, đề nghị xử lý kỷ luật đối với đảng viên vi phạm chính sách dân số theo quy định, báo cáo kết quả khắc phục bằng văn bản gửi Ủy ban Kiểm tra Đảng ủy xã", ["Chi bộ bản Pá Hu"], off=(15, False, "nhận được Thông báo")),
        dl("trong tháng 5/2025", "absolute", "tổng hợp, báo cáo Ủy ban Kiểm tra Đảng ủy xã", ["Ủy viên Ủy ban Kiểm tra phụ trách địa bàn"], date="2025-05-31"),
    ],
    responsible_bodies=B(("Chi bộ bản Pá Hu", "thực hiện"), ("Chi ủy Chi bộ bản Pá Hu", "thực hiện"),
                         ("Bí thư Chi bộ bản Pá Hu", "thực hiện"), ("Đảng viên làm công tác đảng phí", "thực hiện"),
                         ("Ủy viên Ủy ban Kiểm tra phụ trách địa bàn", "theo dõi"), ("Ủy viên Ủy ban Kiểm tra phụ trách địa bàn", "thực hiện")),
    recipients=["Ủy ban Kiểm tra Huyện ủy", "Thường trực Đảng ủy xã", "Chi bộ bản Pá Hu", "Các đồng chí Ủy viên UBKT"])
STARTS["tb09-ubktdu-taxilang-2025"] = {0: "2025-03-19"}

DOCS["ttr215-ptckh-damha-2024"] = dict(
    doc_type="TTr", doc_type_name="Tờ trình", number_symbol="215/TTr-TCKH",
    issuer="Phòng Tài chính - Kế hoạch huyện Đầm Hà", issuer_lines=["UBND HUYỆN ĐẦM HÀ", "PHÒNG TÀI CHÍNH -", "KẾ HOẠCH"],
    place="Đầm Hà", issued_date="2024-06-13",
    title="Về việc phân bổ chi tiết kế hoạch vốn đầu tư công nguồn ngân sách huyện bổ sung năm 2024",
    signer={"name": "Lỷ Văn Phúc", "position": "Trưởng phòng", "authority": None},
    references=[R("83/2015/QH13", "2015-06-25", "Quốc hội"), R("39/2019/QH14", "2019-06-13", "Quốc hội"),
                R("52/NQ-HĐND", "2023-12-20", "Hội đồng nhân dân huyện Đầm Hà"),
                R("1126/QĐ-UBND", "2024-06-04", "Ủy ban nhân dân huyện Đầm Hà")],
    deadlines=[
        dl("trong thời hạn 03 ngày làm việc kể từ ngày Quyết định phân bổ được ban hành", "relative", "thông báo kế hoạch vốn cho các chủ đầu tư và Kho bạc Nhà nước Đầm Hà", ["Phòng Tài chính - Kế hoạch"], off=(3, True, "Quyết định phân bổ được ban hành")),
        dl("trước ngày 30 tháng 6 năm 2024", "absolute", "hoàn thành thẩm định phương án điều chỉnh của các dự án chậm tiến độ", ["Phòng Tài chính - Kế hoạch"], date="2024-06-30"),
        dl("trước ngày 25 hằng tháng", "recurring", "tổng hợp tiến độ giải ngân, báo cáo Ủy ban nhân dân huyện", ["Phòng Tài chính - Kế hoạch"], due="2024-06-25"),
    ],
    responsible_bodies=B(("Phòng Tài chính - Kế hoạch", "thực hiện")),
    recipients=["Như trên", "TT Huyện ủy", "TT HĐND huyện", "Chủ tịch, các PCT UBND huyện"])

DOCS["ctr04-lmhtx-hoabinh-2025"] = dict(
    doc_type="CTr", doc_type_name="Chương trình", number_symbol="04/CTr-LMHTX",
    issuer="Liên minh Hợp tác xã tỉnh Hòa Bình",
    issuer_lines=["LIÊN MINH HTX VIỆT NAM", "LIÊN MINH HỢP TÁC XÃ", "TỈNH HÒA BÌNH"],
    place="Hòa Bình", issued_date="2025-01-08", title="Công tác năm 2025",
    signer={"name": "Bùi Thị Hương", "position": "Phó Chủ tịch", "authority": "KT. Chủ tịch"},
    references=[R("17/2023/QH15", "2023-06-20", "Quốc hội"), R("286/KH-UBND", "2024-12-20", "Ủy ban nhân dân tỉnh Hòa Bình")],
    deadlines=[
        dl("trong Quý I/2025", "absolute", "tuyên truyền Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn đến các hợp tác xã, tổ hợp tác", ["Ban Tuyên truyền - Tư vấn"], date="2025-03-31"),
        dl("trong thời hạn 10 ngày làm việc kể từ ngày ban hành Chương trình", "relative", "rà soát nhu cầu vay vốn của các hợp tác xã, xây dựng danh mục ưu tiên, trình Thường trực Liên minh", ["Ban Kế hoạch - Hỗ trợ"], off=(10, True, "ban hành Chương trình"), due="2025-01-22"),
        dl("trước ngày 30 tháng 6 năm 2025", "absolute", "giải ngân nguồn vốn cho vay ưu đãi năm 2025", ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"], date="2025-06-30"),
        dl("trước ngày 20/12/2025", "absolute", "kiểm tra việc chấp hành Điều lệ, chế độ kế toán tại 10 hợp tác xã thành viên, báo cáo kết quả với Thường trực Liên minh", ["Ban Tổ chức - Kiểm tra"], date="2025-12-20"),
        dl("trong Quý II/2025", "absolute", "rà soát, hướng dẫn giải thể các hợp tác xã ngừng hoạt động từ 12 tháng trở lên", ["Các phòng chuyên môn"], date="2025-06-30"),
        dl("trước ngày 15 tháng 01 hằng năm", "recurring", "gửi báo cáo tình hình hoạt động, báo cáo tài chính năm về Liên minh Hợp tác xã tỉnh", ["Các hợp tác xã thành viên"], md="01-15", due="2025-01-15"),
        dl("trước ngày 05/7/2025", "absolute", "tổng hợp, báo cáo Thường trực Liên minh kết quả 6 tháng đầu năm", ["Văn phòng Liên minh"], date="2025-07-05"),
    ],
    responsible_bodies=B(("Ban Tuyên truyền - Tư vấn", "chủ trì"), ("Văn phòng Liên minh", "phối hợp"),
                         ("Ban Kế hoạch - Hỗ trợ", "chủ trì"), ("Ban Kế hoạch - Hỗ trợ", "thực hiện"),
                         ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "phối hợp"), ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "thực hiện"),
                         ("Ban Tổ chức - Kiểm tra", "thực hiện"), ("Ủy ban nhân dân các huyện, thành phố", "thực hiện"),
                         ("Các phòng chuyên môn", "thực hiện"), ("Các hợp tác xã thành viên", "thực hiện"),
                         ("Các ban, đơn vị thuộc Liên minh", "thực hiện"),
                         ("Văn phòng Liên minh", "theo dõi"), ("Văn phòng Liên minh", "thực hiện")),
    recipients=["Liên minh HTX Việt Nam", "Thường trực Tỉnh ủy", "UBND tỉnh", "Sở Nông nghiệp và PTNT",
                "Sở Kế hoạch và Đầu tư", "UBND các huyện, thành phố", "Các ban, đơn vị thuộc Liên minh"])
STARTS["ctr04-lmhtx-hoabinh-2025"] = {1: "2025-01-08"}

DOCS["nq512-duqs-dienbien-2024"] = dict(
    doc_type="NQ", doc_type_name="Nghị quyết", number_symbol="512-NQ/ĐU",
    issuer="Đảng ủy Quân sự tỉnh Điện Biên", issuer_lines=["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "ĐẢNG ỦY QUÂN SỰ TỈNH"],
    place="Điện Biên Phủ", issued_date="2024-10-15",
    title="Về lãnh đạo công tác tuyển chọn và gọi công dân nhập ngũ năm 2025",
    signer={"name": "Lường Văn Thịnh", "position": "Bí thư", "authority": "T/M Đảng ủy"},
    references=[R("78/2015/QH13", "2015-06-19", "Quốc hội"), R("45-NQ/TU", "2024-08-02", "Ban Thường vụ Tỉnh ủy Điện Biên")],
    deadlines=[
        dl("trong thời hạn 10 ngày làm việc kể từ ngày ban hành Nghị quyết", "relative", "tham mưu Hội đồng nghĩa vụ quân sự tỉnh ban hành kế hoạch tuyển quân năm 2025", ["Bộ Chỉ huy Quân sự tỉnh"], off=(10, True, "ban hành Nghị quyết"), due="2024-10-29"),
        dl("trước ngày 31/12/2024", "absolute", "tổ chức sơ tuyển, khám sức khỏe nghĩa vụ quân sự", ["Ban Chỉ huy Quân sự huyện, thị xã, thành phố"], date="2024-12-31"),
        dl("trong tháng 11/2024", "absolute", "mở chuyên mục tuyên truyền Luật Nghĩa vụ quân sự", ["Phòng Chính trị"], date="2024-11-30"),
        dl("trước ngày 15 tháng 01 năm 2025", "absolute", "tham mưu Chủ tịch Ủy ban nhân dân cùng cấp ban hành và giao quyết định gọi công dân nhập ngũ", ["Ban Chỉ huy Quân sự huyện, thị xã, thành phố"], date="2025-01-15"),
        dl("trước ngày 20 tháng 3 hằng năm", "recurring", "tổng kết công tác tuyển quân, báo cáo Đảng ủy Quân khu 2", ["Bộ Chỉ huy Quân sự tỉnh"], md="03-20", due="2025-03-20"),
    ],
    responsible_bodies=B(("Bộ Chỉ huy Quân sự tỉnh", "chủ trì"), ("Bộ Chỉ huy Quân sự tỉnh", "thực hiện"),
                         ("Công an tỉnh", "phối hợp"), ("Sở Y tế", "phối hợp"),
                         ("Các đảng ủy quân sự huyện, thị xã, thành phố", "thực hiện"),
                         ("Ban Chỉ huy Quân sự huyện, thị xã, thành phố", "thực hiện"),
                         ("Phòng Chính trị", "chủ trì"), ("Báo Điện Biên Phủ", "phối hợp"),
                         ("Đài Phát thanh và Truyền hình tỉnh", "phối hợp"),
                         ("Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh", "theo dõi")),
    recipients=["Đảng ủy Quân khu 2", "Ban Thường vụ Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Các đảng ủy quân sự huyện, thị xã, thành phố"])
STARTS["nq512-duqs-dienbien-2024"] = {0: "2024-10-15"}

DOCS["qc03-bqlrph-tuongduong-2024"] = dict(
    doc_type="QC", doc_type_name="Quy chế", number_symbol="03/QC-BQLRPH",
    issuer="Ban Quản lý rừng phòng hộ Tương Dương",
    issuer_lines=["SỞ NN VÀ PTNT NGHỆ AN", "BAN QUẢN LÝ RỪNG", "PHÒNG HỘ TƯƠNG DƯƠNG"],
    place="Tương Dương", issued_date="2024-05-20",
    title="Phối hợp giữa Ban Quản lý rừng phòng hộ Tương Dương và Ủy ban nhân dân các xã trong vùng dự án về bảo vệ rừng",
    signer={"name": "Vi Văn Thành", "position": "Giám đốc", "authority": None},
    references=[R("16/2017/QH14", "2017-11-15", "Quốc hội"), R("156/2018/NĐ-CP", "2018-11-16", "Chính phủ")],
    deadlines=[
        dl("trước ngày 30/6/2024", "absolute", "cung cấp cho Ủy ban nhân dân xã bản đồ hiện trạng rừng và danh sách hộ nhận khoán trên địa bàn", ["Phòng Kỹ thuật - Bảo vệ rừng"], date="2024-06-30"),
        dl("trước ngày 25 hằng tháng", "recurring", "tổng hợp số liệu vụ vi phạm, thông báo cho Ủy ban nhân dân xã", ["Phòng Kỹ thuật - Bảo vệ rừng"], due="2024-05-25"),
        dl("trước ngày 15/6", "absolute", "rà soát, lập danh sách hộ nhận khoán bảo vệ rừng năm 2024, gửi Ban", ["Ủy ban nhân dân xã"], date="2024-06-15"),
        dl("trong tháng 7/2024", "absolute", "tổ chức ký cam kết bảo vệ rừng với từng hộ gia đình", ["Trưởng các bản"], date="2024-07-31"),
        dl("trong thời hạn 07 ngày làm việc kể từ ngày nhận được biên bản vi phạm do Ban chuyển đến", "relative", "xem xét, xử lý vi phạm hành chính trong lĩnh vực lâm nghiệp theo thẩm quyền", ["Ủy ban nhân dân xã"], off=(7, True, "nhận được biên bản vi phạm do Ban chuyển đến")),
        dl("trước ngày 10 tháng 12 hằng năm", "recurring", "tổng hợp kết quả thực hiện Quy chế, báo cáo Giám đốc Ban", ["Phòng Tổ chức - Hành chính"], md="12-10", due="2024-12-10"),
    ],
    responsible_bodies=B(("Các trạm quản lý bảo vệ rừng", "chủ trì"), ("Công an xã", "phối hợp"),
                         ("Ban Chỉ huy Quân sự xã", "phối hợp"), ("Phòng Kỹ thuật - Bảo vệ rừng", "thực hiện"),
                         ("Ủy ban nhân dân xã", "thực hiện"), ("Trưởng các bản", "thực hiện"),
                         ("Phòng Tổ chức - Hành chính", "thực hiện"), ("Trưởng các phòng, trạm thuộc Ban", "thực hiện"),
                         ("Chủ tịch Ủy ban nhân dân các xã Tam Quang, Tam Thái, Yên Tĩnh, Tam Hợp", "thực hiện")),
    recipients=["Sở NN và PTNT", "Chi cục Kiểm lâm tỉnh", "UBND huyện Tương Dương",
                "UBND các xã: Tam Quang, Tam Thái, Yên Tĩnh, Tam Hợp", "Các phòng, trạm thuộc Ban"])

DOCS["bc386-cckl-daknong-2024"] = dict(
    doc_type="BC", doc_type_name="Báo cáo", number_symbol="386/BC-CCKL",
    issuer="Chi cục Kiểm lâm tỉnh Đắk Nông", issuer_lines=["SỞ NN VÀ PTNT ĐẮK NÔNG", "CHI CỤC KIỂM LÂM"],
    place="Đắk Nông", issued_date="2024-07-12",
    title="Kết quả công tác phòng cháy, chữa cháy rừng mùa khô 2023 - 2024 và nhiệm vụ mùa khô 2024 - 2025",
    signer={"name": "Điểu Rốp", "position": "Phó Chi cục trưởng", "authority": "KT. Chi cục trưởng"},
    references=[R("1582/SNN-KL", "2024-06-28", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Nông")],
    deadlines=[
        dl("trước ngày 31/10/2024", "absolute", "hướng dẫn chủ rừng xây dựng, phê duyệt phương án PCCCR và phát dọn thực bì", ["Các Hạt Kiểm lâm"], date="2024-10-31"),
        dl("trong Quý III/2024", "absolute", "tổ chức tập huấn nghiệp vụ chữa cháy cho lực lượng bảo vệ rừng chuyên trách", ["Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"], date="2024-09-30"),
        dl("trong thời hạn 15 ngày kể từ ngày ký Báo cáo", "relative", "kiểm tra, lập danh mục trang thiết bị cần sửa chữa, mua sắm bổ sung", ["Đội Kiểm lâm cơ động và PCCCR"], off=(15, False, "ký Báo cáo"), due="2024-07-29"),
        dl("trước ngày 15 tháng 11 hằng năm", "recurring", "báo cáo tình hình chuẩn bị PCCCR của địa bàn về Chi cục", ["Các Hạt Kiểm lâm"], md="11-15", due="2024-11-15"),
    ],
    responsible_bodies=B(("Các Hạt Kiểm lâm", "thực hiện"), ("Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên", "chủ trì"),
                         ("Đội Kiểm lâm cơ động và PCCCR", "phối hợp"), ("Đội Kiểm lâm cơ động và PCCCR", "thực hiện")),
    recipients=["Cục Kiểm lâm", "Sở NN và PTNT", "BCĐ PCCCR tỉnh", "Các Hạt Kiểm lâm", "Đội KLCĐ và PCCCR"])
STARTS["bc386-cckl-daknong-2024"] = {2: "2024-07-12"}

DOCS["qd316-tct-tuyenquang-2024"] = dict(
    doc_type="QĐ", doc_type_name="Quyết định", number_symbol="316-QĐ/TCT",
    issuer="Hiệu trưởng Trường Chính trị tỉnh Tuyên Quang", issuer_lines=["TỈNH ỦY TUYÊN QUANG", "TRƯỜNG CHÍNH TRỊ"],
    place="Tuyên Quang", issued_date="2024-08-12",
    title="Mở lớp Trung cấp lý luận chính trị hệ không tập trung khóa học 2024 - 2025 tại huyện Lâm Bình",
    signer={"name": "Ma Thị Nguyệt", "position": "Phó Hiệu trưởng", "authority": "K/T Hiệu trưởng"},
    references=[R("208-QĐ/TW", "2019-11-25", "Ban Bí thư"), R("1245-QĐ/TU", "2020-03-05", "Ban Thường vụ Tỉnh ủy Tuyên Quang"),
                R("486-CV/HU", "2024-07-26", "Ban Thường vụ Huyện ủy Lâm Bình")],
    deadlines=[
        dl("trong thời hạn 07 ngày làm việc kể từ ngày ký Quyết định", "relative", "xây dựng kế hoạch học tập, lịch giảng dạy toàn khóa", ["Phòng Quản lý đào tạo và Nghiên cứu khoa học"], off=(7, True, "ký Quyết định"), due="2024-08-21"),
        dl("trước ngày 30/8/2024", "absolute", "tiếp nhận hồ sơ học viên, gửi về Trường", ["Trung tâm Chính trị huyện Lâm Bình"], date="2024-08-30"),
        dl("trước ngày 06 tháng 9 năm 2024", "absolute", "phân công giảng viên, chuẩn bị bài giảng và tài liệu học tập", ["Các khoa chuyên môn"], date="2024-09-06"),
        dl("trước ngày 25/8", "absolute", "lập dự toán kinh phí mở lớp, trình Hiệu trưởng phê duyệt", ["Phòng Tổ chức - Hành chính"], date="2024-08-25"),
        dl("chậm nhất 15 ngày sau khi kết thúc khóa học", "relative", "tổng hợp kết quả học tập, báo cáo Ban Thường vụ Huyện ủy Lâm Bình", ["Phòng Quản lý đào tạo và Nghiên cứu khoa học"], off=(15, False, "kết thúc khóa học"), due="2025-05-26"),
    ],
    responsible_bodies=B(("Phòng Quản lý đào tạo và Nghiên cứu khoa học", "chủ trì"), ("Phòng Quản lý đào tạo và Nghiên cứu khoa học", "thực hiện"),
                         ("Trung tâm Chính trị huyện Lâm Bình", "phối hợp"), ("Trung tâm Chính trị huyện Lâm Bình", "thực hiện"),
                         ("Các khoa chuyên môn", "thực hiện"), ("Phòng Tổ chức - Hành chính", "thực hiện"),
                         ("Trưởng phòng Tổ chức - Hành chính", "thực hiện"),
                         ("Trưởng phòng Quản lý đào tạo và Nghiên cứu khoa học", "thực hiện"),
                         ("Trưởng các khoa", "thực hiện"), ("Giám đốc Trung tâm Chính trị huyện Lâm Bình", "thực hiện"),
                         ("Các học viên có tên trong danh sách kèm theo", "thực hiện")),
    recipients=["Thường trực Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "BTV Huyện ủy Lâm Bình", "Như Điều 3"])
STARTS["qd316-tct-tuyenquang-2024"] = {0: "2024-08-12", 4: "2025-05-09"}  # the course ends 09/5/2025 (Điều 1)


def occurs(s, src):
    return s in src or (s[:1].lower() + s[1:]) in src or (s[:1].upper() + s[1:]) in src


def check(doc_id, g, src):
    errs = []
    flat = " ".join(src.split())
    for d in g["deadlines"]:
        for s in [d["text"], d["task"]] + d["responsible"]:
            if not occurs(s, flat): errs.append("not in source: %r" % s)
        if d["kind"] == "absolute": assert d["date"] == d["due"], d
        if d["kind"] == "recurring" and d["month_day"]: assert d["due"][5:] == d["month_day"], d
        names = {b["name"] for b in g["responsible_bodies"]}
        for r in d["responsible"]:
            if r not in names: errs.append("responsible not among bodies: %r" % r)
    for i, start in STARTS.get(doc_id, {}).items():
        d = g["deadlines"][i]
        got = add_days(D.fromisoformat(start), d["offset"]["days"], d["offset"]["working_days"]).isoformat()
        if got != d["due"]: errs.append("due %s != computed %s for %r" % (d["due"], got, d["text"]))
    for b in g["responsible_bodies"]:
        if not occurs(b["name"], flat): errs.append("body not in source: %r" % b["name"])
    seen = set()
    for b in g["responsible_bodies"]:
        k = (b["name"], b["role"]); assert k not in seen, k; seen.add(k)
    for r in g["recipients"]:
        if r not in flat: errs.append("recipient not in source: %r" % r)
    for r in g["references"]:
        if r["number_symbol"] not in flat: errs.append("reference not in source: %r" % r["number_symbol"])
        y, m, dd = map(int, r["date"].split("-"))
        if "%d/%d/%d" % (dd, m, y) not in flat.replace("/0", "/").replace(" 0", " "):
            errs.append("reference date not printed: %r" % r)
    for l in g["issuer_lines"]:
        if l not in src.split("\n"): errs.append("issuer line: %r" % l)
    if not occurs(g["title"], " ".join(src.split("@title")[1].split("@body")[0].split("\n")[2:]).strip()) and g["doc_type"] != "CV":
        errs.append("title")
    for x in ("number_symbol", "place"):
        if g[x] not in flat: errs.append(x)
    if g["signer"]["name"] not in src: errs.append("signer")
    return errs


ok = True
here = os.path.dirname(os.path.abspath(__file__))
for doc_id, g in DOCS.items():
    src = open(os.path.join(here, doc_id, "source.txt"), encoding="utf-8").read()
    issued = D.fromisoformat(g["issued_date"])
    head = src.split("@date")[1].split("@title")[0].strip()
    want = "%s, ngày %02d tháng %s năm %d" % (g["place"], issued.day, issued.month if issued.month > 2 else "%02d" % issued.month, issued.year)
    if head != want: print(doc_id, "date line", head, "!=", want)
    errs = check(doc_id, g, src)
    for e in errs: print(doc_id, e)
    ok &= not errs
    print("%-32s %s  %d words, %d deadlines, issued %s" % (doc_id, "ok" if not errs else "FAIL", len(src.split()), len(g["deadlines"]), issued.strftime("%a %d/%m/%Y")))
    with open(os.path.join(here, doc_id, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
sys.exit(0 if ok else 1)

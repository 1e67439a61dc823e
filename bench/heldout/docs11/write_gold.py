#!/usr/bin/env python3
"""The gold of set 11, typed by hand (the script of set 10 with its data replaced). Writes <id>/gold.json and checks that every deadline text, task,
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
# For relative terms with a dated trigger: {deadline index: start date} checked against `due`.
STARTS = {}

DOCS["kh48-ubnd-binhlieu-2024"] = dict(
    doc_type="KH", doc_type_name="Kế hoạch", number_symbol="48/KH-UBND",
    issuer="Ủy ban nhân dân huyện Bình Liêu", issuer_lines=["ỦY BAN NHÂN DÂN", "HUYỆN BÌNH LIÊU"],
    place="Bình Liêu", issued_date="2024-03-12",
    title="Tiêm phòng vắc xin cho đàn gia súc, gia cầm vụ Xuân - Hè năm 2024 trên địa bàn huyện Bình Liêu",
    signer={"name": "Lỷ Văn Thành", "position": "Phó Chủ tịch", "authority": "KT. Chủ tịch"},
    references=[R("79/2015/QH13", "2015-06-19", "Quốc hội"),
                R("07/2016/TT-BNNPTNT", "2016-05-31", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"),
                R("37/KH-UBND", "2024-02-26", "Ủy ban nhân dân tỉnh Quảng Ninh")],
    deadlines=[
        dl("trước ngày 25 tháng 5 năm 2024", "absolute", "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Chi cục Chăn nuôi và Thú y tỉnh", ["Phòng Nông nghiệp và Phát triển nông thôn"], date="2024-05-25"),
        dl("chậm nhất 03 ngày làm việc sau khi tiếp nhận vắc xin từ tỉnh", "relative", "cấp phát vắc xin, vật tư cho các xã, thị trấn", ["Trung tâm Dịch vụ nông nghiệp huyện"], off=(3, True, "tiếp nhận vắc xin từ tỉnh")),
        dl("trước ngày 29/3/2024", "absolute", "tập huấn kỹ thuật tiêm phòng cho đội ngũ thú y viên cơ sở", ["Trung tâm Dịch vụ nông nghiệp huyện"], date="2024-03-29"),
        dl("trong thời hạn 07 ngày làm việc kể từ ngày ban hành Kế hoạch này", "relative", "tham mưu Ủy ban nhân dân huyện bố trí kinh phí hỗ trợ vắc xin và thù lao cho người tiêm phòng", ["Phòng Tài chính - Kế hoạch"], off=(7, True, "ban hành Kế hoạch này"), due="2024-03-21"),
        dl("trước ngày 22/3/2024", "absolute", "thống kê số lượng gia súc, gia cầm trong diện tiêm, gửi về Trung tâm Dịch vụ nông nghiệp huyện", ["Ủy ban nhân dân các xã, thị trấn"], date="2024-03-22"),
        dl("trước ngày 20 hằng tháng", "recurring", "báo cáo tiến độ tiêm phòng về Phòng Nông nghiệp và Phát triển nông thôn", ["Ủy ban nhân dân các xã, thị trấn"], due="2024-03-20"),
        dl("trước ngày 05 tháng 12 hằng năm", "recurring", "báo cáo tổng kết công tác tiêm phòng cả năm", ["Ủy ban nhân dân các xã, thị trấn"], md="12-05", due="2024-12-05"),
    ],
    responsible_bodies=B(("Phòng Nông nghiệp và Phát triển nông thôn", "chủ trì"), ("Trung tâm Dịch vụ nông nghiệp huyện", "phối hợp"),
                         ("Trung tâm Dịch vụ nông nghiệp huyện", "thực hiện"), ("Phòng Tài chính - Kế hoạch", "thực hiện"),
                         ("Trung tâm Truyền thông và Văn hóa huyện", "thực hiện"), ("Ủy ban nhân dân các xã, thị trấn", "thực hiện"),
                         ("Trưởng thôn, bản", "thực hiện"), ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "thực hiện"),
                         ("Các tổ chức chính trị - xã hội huyện", "thực hiện"), ("Đồn Biên phòng Hoành Mô", "thực hiện"),
                         ("Đồn Biên phòng Đồng Văn", "thực hiện"), ("Phòng Nông nghiệp và Phát triển nông thôn", "theo dõi")),
    recipients=["UBND tỉnh", "Sở Nông nghiệp và PTNT", "Chi cục Chăn nuôi và Thú y tỉnh", "TT Huyện ủy", "TT HĐND huyện",
                "CT, các PCT UBND huyện", "Như mục III"])
STARTS["kh48-ubnd-binhlieu-2024"] = {3: "2024-03-12"}

DOCS["kh36-hdoan-mocaynam-2024"] = dict(
    doc_type="KH", doc_type_name="Kế hoạch", number_symbol="36-KH/HĐTN",
    issuer="Ban Thường vụ Huyện đoàn Mỏ Cày Nam", issuer_lines=["TỈNH ĐOÀN BẾN TRE", "HUYỆN ĐOÀN", "MỎ CÀY NAM"],
    place="Mỏ Cày Nam", issued_date="2024-05-20",
    title="Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2024",
    signer={"name": "Lê Nguyễn Hoàng Phúc", "position": "Phó Bí thư", "authority": "TM. Ban Thường vụ"},
    references=[R("112-KH/TĐTN-PT", "2024-05-08", "Ban Thường vụ Tỉnh đoàn Bến Tre")],
    deadlines=[
        dl("trong thời hạn 02 ngày làm việc sau Lễ ra quân", "relative", "tổng hợp, báo cáo nhanh kết quả Lễ ra quân về Ban Thường vụ Tỉnh đoàn", ["Thường trực Huyện đoàn"], off=(2, True, "Lễ ra quân"), due="2024-06-11"),
        dl("trước 16 giờ 00, ngày 31/5/2024", "absolute", "xây dựng kế hoạch triển khai chiến dịch tại địa phương, gửi về Huyện đoàn", ["Ban Chấp hành Đoàn các xã, thị trấn"], date="2024-05-31"),
        dl("chậm nhất ngày 05/6/2024", "absolute", "đăng ký công trình, phần việc thanh niên", ["Ban Chấp hành Đoàn các xã, thị trấn"], date="2024-06-05"),
        dl("trước ngày 25 tháng 8 năm 2024", "absolute", "báo cáo tổng kết chiến dịch về Huyện đoàn", ["Ban Chấp hành Đoàn các xã, thị trấn"], date="2024-08-25"),
        dl("trước ngày 14/6/2024", "absolute", "thành lập đội hình tình nguyện \"Tiếp sức mùa thi\", gửi danh sách về Huyện đoàn", ["Các Đoàn trường trung học phổ thông trên địa bàn huyện"], date="2024-06-14"),
        dl("trước ngày 10/9", "absolute", "tổng hợp kết quả, tham mưu Ban Thường vụ Huyện đoàn báo cáo tổng kết chiến dịch về Tỉnh đoàn", ["Văn phòng Huyện đoàn"], date="2024-09-10"),
    ],
    responsible_bodies=B(("Thường trực Huyện đoàn", "chủ trì"), ("Ban Chỉ huy Quân sự huyện", "phối hợp"),
                         ("Phòng Văn hóa và Thông tin huyện", "phối hợp"), ("Ban Chấp hành Đoàn các xã, thị trấn", "thực hiện"),
                         ("Các Đoàn trường trung học phổ thông trên địa bàn huyện", "thực hiện"),
                         ("Phòng Giáo dục và Đào tạo huyện", "thực hiện"), ("Các trường tiểu học, trung học cơ sở", "thực hiện"),
                         ("Văn phòng Huyện đoàn", "theo dõi"), ("Văn phòng Huyện đoàn", "thực hiện")),
    recipients=["BTV Tỉnh đoàn", "TT Huyện ủy", "UBND huyện", "Ban Dân vận Huyện ủy", "Ban CHQS huyện", "Phòng VH&TT huyện",
                "Phòng GD&ĐT huyện", "BCH Đoàn các xã, thị trấn"])
STARTS["kh36-hdoan-mocaynam-2024"] = {0: "2024-06-08"}

DOCS["kl128-thu-kinhmon-2024"] = dict(
    doc_type="KL", doc_type_name="Kết luận", number_symbol="128-KL/TU",
    issuer="Ban Thường vụ Thị ủy Kinh Môn", issuer_lines=["ĐẢNG BỘ TỈNH HẢI DƯƠNG", "THỊ ỦY KINH MÔN"],
    place="Kinh Môn", issued_date="2024-08-12",
    title="Của Ban Thường vụ Thị ủy về tăng cường quản lý khoáng sản, bảo vệ môi trường tại các cơ sở khai thác, chế biến đá vôi trên địa bàn thị xã",
    signer={"name": "Phạm Thị Thu Trang", "position": "Phó Bí thư Thường trực", "authority": "T/M Ban Thường vụ"},
    references=[R("24-CT/TU", "2023-03-15", "Ban Thường vụ Tỉnh ủy Hải Dương"),
                R("312/BC-UBND", "2024-07-29", "Ủy ban nhân dân thị xã Kinh Môn")],
    deadlines=[
        dl("trong Quý IV/2024", "absolute", "rà soát, kiểm tra toàn bộ các cơ sở khai thác, chế biến đá vôi, xử lý nghiêm các vi phạm", ["Phòng Tài nguyên và Môi trường"], date="2024-12-31"),
        dl("trước ngày 30 tháng 9 năm 2024", "absolute", "hoàn thành việc ký quỹ cải tạo, phục hồi môi trường", ["Các doanh nghiệp khai thác khoáng sản"], date="2024-09-30"),
        dl("trước ngày 31/10/2024", "absolute", "lắp đặt hệ thống phun sương, rửa xe tại các cổng ra vào mỏ", ["Các doanh nghiệp khai thác khoáng sản"], date="2024-10-31"),
        dl("trong thời hạn 15 ngày kể từ ngày ban hành Kết luận", "relative", "xây dựng kế hoạch cụ thể hóa các nhiệm vụ tại Kết luận này", ["Ủy ban nhân dân thị xã"], off=(15, False, "ban hành Kết luận"), due="2024-08-27"),
        dl("trước ngày 10 tháng 12 hằng năm", "recurring", "tổng hợp kết quả, báo cáo Ban Thường vụ Thị ủy", ["Văn phòng Thị ủy"], md="12-10", due="2024-12-10"),
    ],
    responsible_bodies=B(("Đảng ủy các phường, xã có hoạt động khai thác khoáng sản", "thực hiện"), ("Ủy ban nhân dân thị xã", "thực hiện"),
                         ("Phòng Tài nguyên và Môi trường", "thực hiện"), ("Phòng Tài nguyên và Môi trường", "chủ trì"),
                         ("Công an thị xã", "phối hợp"), ("Phòng Kinh tế", "phối hợp"),
                         ("Các doanh nghiệp khai thác khoáng sản", "thực hiện"), ("Ban Tuyên giáo Thị ủy", "chủ trì"),
                         ("Trung tâm Văn hóa - Thông tin và Thể thao thị xã", "phối hợp"),
                         ("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã", "thực hiện"),
                         ("Các đoàn thể chính trị - xã hội thị xã", "thực hiện"),
                         ("Các chi, đảng bộ trực thuộc Thị ủy", "thực hiện"), ("Ủy ban Kiểm tra Thị ủy", "theo dõi"),
                         ("Văn phòng Thị ủy", "theo dõi"), ("Văn phòng Thị ủy", "thực hiện")),
    recipients=["Thường trực Tỉnh ủy", "Ban Kinh tế Tỉnh ủy", "Các đồng chí Thị ủy viên", "Các chi, đảng bộ trực thuộc",
                "UBND thị xã", "Phòng TN&MT", "Phòng Kinh tế thị xã"])
STARTS["kl128-thu-kinhmon-2024"] = {3: "2024-08-12"}

DOCS["tb2845-sgtvt-longan-2024"] = dict(
    doc_type="TB", doc_type_name="Thông báo", number_symbol="2845/TB-SGTVT",
    issuer="Sở Giao thông vận tải tỉnh Long An", issuer_lines=["UBND TỈNH LONG AN", "SỞ GIAO THÔNG VẬN TẢI"],
    place="Long An", issued_date="2024-10-16",
    title="Kết luận của Giám đốc Sở Giao thông vận tải tại cuộc họp kiểm điểm tiến độ thi công công trình nâng cấp, mở rộng Đường tỉnh 826C",
    signer={"name": "Võ Thị Ngọc Hân", "position": "Chánh Văn phòng", "authority": "TL. Giám đốc"},
    references=[R("6215/UBND-KTTC", "2024-09-20", "Ủy ban nhân dân tỉnh Long An")],
    deadlines=[
        dl("trong thời hạn 07 ngày làm việc kể từ ngày ký Thông báo này", "relative", "rà soát, điều chỉnh tiến độ thi công chi tiết của từng gói thầu, trình Sở phê duyệt", ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông"], off=(7, True, "ký Thông báo này"), due="2024-10-25"),
        dl("trước ngày 05 hằng tháng", "recurring", "báo cáo tiến độ thực hiện về Sở", ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông"], due="2024-11-05"),
        dl("trong tháng 12/2024", "absolute", "hoàn thành thảm bê tông nhựa lớp dưới đoạn Km0+000 - Km4+500", ["Liên danh nhà thầu Phước Thành - Cửu Long"], date="2024-12-31"),
        dl("trước ngày 30 tháng 11 năm 2024", "absolute", "vận động 23 hộ dân còn lại nhận tiền bồi thường, bàn giao mặt bằng cho nhà thầu", ["Ủy ban nhân dân xã Phước Lại"], date="2024-11-30"),
    ],
    responsible_bodies=B(("Ban Quản lý dự án đầu tư xây dựng công trình giao thông", "chủ trì"), ("Đơn vị tư vấn giám sát", "phối hợp"),
                         ("Liên danh nhà thầu Phước Thành - Cửu Long", "thực hiện"), ("Ủy ban nhân dân huyện Cần Giuộc", "thực hiện"),
                         ("Ủy ban nhân dân xã Phước Lại", "thực hiện"), ("Phòng Quản lý chất lượng công trình giao thông", "thực hiện"),
                         ("Chánh Thanh tra Sở", "thực hiện"), ("Phòng Quản lý kết cấu hạ tầng giao thông", "theo dõi")),
    recipients=["UBND tỉnh", "Giám đốc, các PGĐ Sở", "UBND huyện Cần Giuộc", "UBND xã Phước Lại", "Ban QLDA ĐTXD CTGT",
                "Phòng QLKCHTGT", "Phòng QLCLCTGT", "Thanh tra Sở", "LD nhà thầu Phước Thành - Cửu Long"])
STARTS["tb2845-sgtvt-longan-2024"] = {0: "2024-10-16"}

DOCS["qd1392-ubnd-angiang-2024"] = dict(
    doc_type="QĐ", doc_type_name="Quyết định", number_symbol="1392/QĐ-UBND",
    issuer="Chủ tịch Ủy ban nhân dân tỉnh An Giang", issuer_lines=["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"],
    place="An Giang", issued_date="2024-08-29",
    title="Về việc công bố tình huống khẩn cấp sạt lở bờ sông Hậu tại xã Mỹ Hòa Hưng, thành phố Long Xuyên",
    signer={"name": "Trần Minh Luân", "position": "Phó Chủ tịch", "authority": "KT. Chủ tịch"},
    references=[R("33/2013/QH13", "2013-06-19", "Quốc hội"), R("60/2020/QH14", "2020-06-17", "Quốc hội"),
                R("66/2021/NĐ-CP", "2021-07-06", "Chính phủ"),
                R("415/TTr-SNNPTNT", "2024-08-27", "Sở Nông nghiệp và Phát triển nông thôn")],
    deadlines=[
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ký Quyết định này", "relative", "tổ chức di dời khẩn cấp 14 hộ dân ra khỏi khu vực nguy hiểm, bố trí tạm cư", ["Ủy ban nhân dân thành phố Long Xuyên"], off=(5, True, "ký Quyết định này"), due="2024-09-09"),
        dl("trước ngày 30/9/2024", "absolute", "lập hồ sơ dự án kè chống sạt lở khẩn cấp, trình Ủy ban nhân dân tỉnh phê duyệt", ["Sở Nông nghiệp và Phát triển nông thôn"], date="2024-09-30"),
        dl("trước ngày 10 hằng tháng", "recurring", "báo cáo kết quả quan trắc về Ủy ban nhân dân tỉnh", ["Sở Tài nguyên và Môi trường"], due="2024-09-10"),
        dl("trong tháng 9/2024", "absolute", "tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí từ nguồn dự phòng ngân sách tỉnh để hỗ trợ các hộ dân di dời và thực hiện công trình khẩn cấp", ["Sở Tài chính"], date="2024-09-30"),
    ],
    responsible_bodies=B(("Ủy ban nhân dân thành phố Long Xuyên", "chủ trì"), ("Ủy ban nhân dân thành phố Long Xuyên", "thực hiện"),
                         ("Bộ Chỉ huy Quân sự tỉnh", "phối hợp"), ("Công an tỉnh", "phối hợp"),
                         ("Sở Nông nghiệp và Phát triển nông thôn", "chủ trì"), ("Sở Nông nghiệp và Phát triển nông thôn", "thực hiện"),
                         ("Sở Tài chính", "phối hợp"), ("Sở Kế hoạch và Đầu tư", "phối hợp"),
                         ("Ủy ban nhân dân thành phố Long Xuyên", "phối hợp"), ("Sở Tài nguyên và Môi trường", "thực hiện"),
                         ("Sở Tài chính", "thực hiện"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "thực hiện"),
                         ("Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", "theo dõi"),
                         ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "thực hiện"),
                         ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "thực hiện"), ("Giám đốc Sở Tài chính", "thực hiện"),
                         ("Giám đốc Sở Tài nguyên và Môi trường", "thực hiện"), ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "thực hiện"),
                         ("Giám đốc Công an tỉnh", "thực hiện"), ("Chủ tịch Ủy ban nhân dân thành phố Long Xuyên", "thực hiện"),
                         ("Chủ tịch Ủy ban nhân dân xã Mỹ Hòa Hưng", "thực hiện"),
                         ("Thủ trưởng các cơ quan, đơn vị có liên quan", "thực hiện")),
    recipients=["Như Điều 3", "Bộ Nông nghiệp và PTNT", "Ban Chỉ đạo quốc gia về PCTT", "TT. Tỉnh ủy", "TT. HĐND tỉnh",
                "CT, các PCT UBND tỉnh", "UBMTTQVN tỉnh"])
STARTS["qd1392-ubnd-angiang-2024"] = {0: "2024-08-29"}

DOCS["qd376-stc-hanam-2024"] = dict(
    doc_type="QĐ", doc_type_name="Quyết định", number_symbol="376/QĐ-STC",
    issuer="Giám đốc Sở Tài chính tỉnh Hà Nam", issuer_lines=["UBND TỈNH HÀ NAM", "SỞ TÀI CHÍNH"],
    place="Hà Nam", issued_date="2024-11-19",
    title="Về việc thanh tra việc quản lý, sử dụng ngân sách nhà nước và tài sản công tại Ban Quản lý Khu du lịch Tam Chúc",
    signer={"name": "Nguyễn Thị Thu Hiền", "position": "Phó Giám đốc", "authority": "KT. Giám đốc"},
    references=[R("11/2022/QH15", "2022-11-14", "Quốc hội"), R("15/2017/QH14", "2017-06-21", "Quốc hội"),
                R("43/2023/NĐ-CP", "2023-06-30", "Chính phủ"), R("28/2021/QĐ-UBND", "2021-07-30", "Ủy ban nhân dân tỉnh Hà Nam"),
                R("812/QĐ-STC", "2023-12-15", "Giám đốc Sở Tài chính")],
    deadlines=[
        dl("30 ngày làm việc kể từ ngày công bố Quyết định thanh tra", "relative", "thanh tra việc quản lý, sử dụng ngân sách nhà nước và tài sản công tại Ban Quản lý Khu du lịch Tam Chúc", ["Đoàn thanh tra"], off=(30, True, "công bố Quyết định thanh tra")),
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ký Quyết định này", "relative", "xây dựng kế hoạch tiến hành thanh tra, trình Giám đốc Sở phê duyệt", ["Đoàn thanh tra"], off=(5, True, "ký Quyết định này"), due="2024-11-26"),
        dl("chậm nhất 15 ngày kể từ ngày kết thúc thanh tra trực tiếp tại đơn vị", "relative", "báo cáo kết quả thanh tra bằng văn bản với Giám đốc Sở", ["Trưởng đoàn thanh tra"], off=(15, False, "kết thúc thanh tra trực tiếp tại đơn vị")),
        dl("trước ngày 29 tháng 11 năm 2024", "absolute", "chuẩn bị báo cáo bằng văn bản theo đề cương của Đoàn thanh tra, gửi về Đoàn thanh tra", ["Ban Quản lý Khu du lịch Tam Chúc"], date="2024-11-29"),
    ],
    responsible_bodies=B(("Đoàn thanh tra", "thực hiện"), ("Trưởng đoàn thanh tra", "thực hiện"),
                         ("Ban Quản lý Khu du lịch Tam Chúc", "thực hiện"), ("Văn phòng Sở", "thực hiện"),
                         ("Chánh Văn phòng Sở", "thực hiện"), ("Chánh Thanh tra Sở", "thực hiện"),
                         ("Trưởng Ban Quản lý Khu du lịch Tam Chúc", "thực hiện"), ("Các ông, bà có tên tại Điều 2", "thực hiện"),
                         ("Các cơ quan, đơn vị có liên quan", "thực hiện")),
    recipients=["Như Điều 4", "UBND tỉnh", "Thanh tra tỉnh", "Giám đốc Sở"])
STARTS["qd376-stc-hanam-2024"] = {1: "2024-11-19"}

DOCS["cv214-ccts-kiengiang-2024"] = dict(
    doc_type="CV", doc_type_name="Công văn", number_symbol="214/CCTS-KTBVNL",
    issuer="Chi cục Thủy sản tỉnh Kiên Giang", issuer_lines=["SỞ NN&PTNT KIÊN GIANG", "CHI CỤC THỦY SẢN"],
    place="Kiên Giang", issued_date="2024-04-26",
    title="V/v tăng cường kiểm soát tàu cá và giám sát hành trình, phòng, chống khai thác IUU",
    signer={"name": "Danh Minh Tân", "position": "Phó Chi cục trưởng", "authority": "KT. Chi cục trưởng"},
    references=[R("95/KH-UBND", "2024-04-05", "Ủy ban nhân dân tỉnh Kiên Giang"), R("18/2017/QH14", "2017-11-21", "Quốc hội"),
                R("26/2019/NĐ-CP", "2019-03-08", "Chính phủ")],
    deadlines=[
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ký văn bản này", "relative", "rà soát, lập danh sách tàu cá chưa đăng ký, chưa cấp phép, tàu cá mất kết nối thiết bị giám sát hành trình; gửi về Chi cục Thủy sản", ["Ủy ban nhân dân các xã, phường, thị trấn ven biển"], off=(5, True, "ký văn bản này"), due="2024-05-07"),
        dl("trước ngày 03 hằng tháng", "recurring", "báo cáo sản lượng bốc dỡ của tháng trước về Chi cục Thủy sản", ["Ban Quản lý cảng cá Kiên Giang"], due="2024-05-03"),
        dl("trong Quý II/2024", "absolute", "kiểm tra, xử lý nghiêm các tàu cá vi phạm vùng biển nước ngoài, tàu cá không duy trì kết nối thiết bị giám sát hành trình", ["Phòng Khai thác và Bảo vệ nguồn lợi thủy sản"], date="2024-06-30"),
        dl("trong thời hạn 10 ngày kể từ ngày mất kết nối", "relative", "đưa tàu về bờ", ["Chủ tàu cá, thuyền trưởng"], off=(10, False, "mất kết nối")),
        dl("trước ngày 20/5/2024", "absolute", "báo cáo kết quả thực hiện công tác chống khai thác IUU về Chi cục Thủy sản", ["Ủy ban nhân dân các huyện, thành phố ven biển"], date="2024-05-20"),
    ],
    responsible_bodies=B(("Ủy ban nhân dân các huyện, thành phố ven biển", "thực hiện"),
                         ("Ủy ban nhân dân các xã, phường, thị trấn ven biển", "thực hiện"),
                         ("Ban Quản lý cảng cá Kiên Giang", "thực hiện"), ("Phòng Khai thác và Bảo vệ nguồn lợi thủy sản", "chủ trì"),
                         ("Phòng Khai thác và Bảo vệ nguồn lợi thủy sản", "thực hiện"),
                         ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh (Hải đội Biên phòng 2)", "phối hợp"),
                         ("Chủ tàu cá, thuyền trưởng", "thực hiện")),
    recipients=["Như trên", "Sở NN&PTNT", "BCH BĐBP tỉnh", "Chi cục Kiểm ngư Vùng 5", "Lãnh đạo Chi cục"])
STARTS["cv214-ccts-kiengiang-2024"] = {0: "2024-04-26"}

DOCS["hd21-btctu-vinhphuc-2024"] = dict(
    doc_type="HD", doc_type_name="Hướng dẫn", number_symbol="21-HD/BTCTU",
    issuer="Ban Tổ chức Tỉnh ủy Vĩnh Phúc", issuer_lines=["TỈNH ỦY VĨNH PHÚC", "BAN TỔ CHỨC"],
    place="Vĩnh Phúc", issued_date="2024-11-15",
    title="Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2024",
    signer={"name": "Diệp Văn Hòa", "position": "Phó Trưởng ban", "authority": "K/T Trưởng ban"},
    references=[R("124-QĐ/TW", "2023-10-04", "Bộ Chính trị"), R("1186-CV/TU", "2024-11-08", "Ban Thường vụ Tỉnh ủy Vĩnh Phúc")],
    deadlines=[
        dl("trước ngày 15/12/2024", "absolute", "tổ chức kiểm điểm, đánh giá, xếp loại đảng viên", ["Các chi bộ trực thuộc đảng ủy cơ sở"], date="2024-12-15"),
        dl("trước ngày 31 tháng 12 năm 2024", "absolute", "hoàn thành việc kiểm điểm tập thể cấp ủy và đánh giá, xếp loại các chi bộ trực thuộc", ["Đảng ủy cơ sở", "Chi bộ cơ sở"], date="2024-12-31"),
        dl("chậm nhất 05 ngày làm việc sau khi có quyết định công nhận kết quả xếp loại", "relative", "công khai kết quả xếp loại đảng viên tại chi bộ", ["Cấp ủy cơ sở"], off=(5, True, "có quyết định công nhận kết quả xếp loại")),
        dl("trong tháng 01/2025", "absolute", "hoàn thành đánh giá, xếp loại các tổ chức cơ sở đảng", ["Các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy"], date="2025-01-31"),
        dl("trước ngày 10/02/2025", "absolute", "gửi báo cáo kết quả kèm biểu thống kê về Ban Tổ chức Tỉnh ủy", ["Các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy"], date="2025-02-10"),
        dl("Trong thời hạn 07 ngày làm việc kể từ ngày ban hành Hướng dẫn này", "relative", "xây dựng kế hoạch, phân công cấp ủy viên dự, chỉ đạo kiểm điểm tại các tổ chức cơ sở đảng", ["Cấp ủy cấp huyện"], off=(7, True, "ban hành Hướng dẫn này"), due="2024-11-26"),
        dl("trước ngày 20/12", "absolute", "cung cấp danh sách tổ chức đảng, đảng viên bị thi hành kỷ luật trong năm 2024, gửi Ban Tổ chức Tỉnh ủy", ["Ủy ban Kiểm tra Tỉnh ủy"], date="2024-12-20"),
        dl("trước ngày 20 tháng 01 hằng năm", "recurring", "gửi báo cáo kết quả kiểm điểm, đánh giá, xếp loại về Ban Tổ chức Tỉnh ủy", ["Cấp ủy cấp huyện"], md="01-20", due="2025-01-20"),
    ],
    responsible_bodies=B(("Các chi bộ trực thuộc đảng ủy cơ sở", "thực hiện"), ("Đảng ủy cơ sở", "thực hiện"), ("Chi bộ cơ sở", "thực hiện"),
                         ("Cấp ủy cơ sở", "thực hiện"), ("Các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy", "thực hiện"),
                         ("Cấp ủy cấp huyện", "thực hiện"), ("Ủy ban Kiểm tra Tỉnh ủy", "thực hiện"),
                         ("Phòng Tổ chức đảng, đảng viên", "chủ trì"), ("Phòng Bảo vệ chính trị nội bộ", "phối hợp")),
    recipients=["Thường trực Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Các huyện, thành ủy, đảng ủy trực thuộc", "Lãnh đạo Ban"])
STARTS["hd21-btctu-vinhphuc-2024"] = {5: "2024-11-15"}

DOCS["bc05-ptdtbt-muonglong-2025"] = dict(
    doc_type="BC", doc_type_name="Báo cáo", number_symbol="05/BC-THCSML",
    issuer="Trường Phổ thông dân tộc bán trú Trung học cơ sở Mường Lống",
    issuer_lines=["PHÒNG GD&ĐT KỲ SƠN", "TRƯỜNG PTDTBT THCS", "MƯỜNG LỐNG"],
    place="Mường Lống", issued_date="2025-01-10",
    title="Sơ kết học kỳ I năm học 2024 - 2025 và nhiệm vụ trọng tâm học kỳ II",
    signer={"name": "Moong Văn Hải", "position": "Hiệu trưởng", "authority": None},
    references=[R("28/PGDĐT-THCS", "2025-01-02", "Phòng Giáo dục và Đào tạo huyện Kỳ Sơn"),
                R("116/2016/NĐ-CP", "2016-07-18", "Chính phủ")],
    deadlines=[
        dl("trước ngày 17/01/2025", "absolute", "xây dựng kế hoạch dạy học học kỳ II, trình Hiệu trưởng phê duyệt", ["Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội"], date="2025-01-17"),
        dl("trong thời hạn 05 ngày làm việc sau khi kết thúc kỳ nghỉ Tết Nguyên đán", "relative", "đưa học sinh bán trú trở lại trường", ["Giáo viên chủ nhiệm các lớp"], off=(5, True, "kết thúc kỳ nghỉ Tết Nguyên đán"), due="2025-02-07"),
        dl("trước ngày 15 tháng 02 năm 2025", "absolute", "lập hồ sơ thanh quyết toán chế độ hỗ trợ học sinh bán trú học kỳ I, gửi về Phòng Giáo dục và Đào tạo", ["Tổ Văn phòng"], date="2025-02-15"),
        dl("trong tháng 3/2025", "absolute", "tổ chức các hoạt động chào mừng 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh", ["Liên đội"], date="2025-03-31"),
        dl("trước ngày 25 hằng tháng", "recurring", "tổng hợp kết quả kiểm tra, khảo sát chất lượng, báo cáo Hiệu trưởng", ["Phó Hiệu trưởng phụ trách chuyên môn"], due="2025-01-25"),
    ],
    responsible_bodies=B(("Tổ Khoa học tự nhiên", "thực hiện"), ("Tổ Khoa học xã hội", "thực hiện"),
                         ("Giáo viên chủ nhiệm các lớp", "chủ trì"), ("Ban đại diện cha mẹ học sinh", "phối hợp"),
                         ("Trưởng bản", "phối hợp"), ("Tổ Văn phòng", "thực hiện"), ("Liên đội", "thực hiện"),
                         ("Phó Hiệu trưởng phụ trách chuyên môn", "theo dõi"), ("Phó Hiệu trưởng phụ trách chuyên môn", "thực hiện")),
    recipients=["Phòng GD&ĐT Kỳ Sơn", "Đảng ủy xã", "UBND xã Mường Lống"])
STARTS["bc05-ptdtbt-muonglong-2025"] = {1: "2025-02-02"}

DOCS["nq24-du-tanhoa-2024"] = dict(
    doc_type="NQ", doc_type_name="Nghị quyết", number_symbol="24-NQ/ĐU",
    issuer="Đảng ủy xã Tân Hòa", issuer_lines=["ĐẢNG BỘ HUYỆN TÂN CHÂU", "ĐẢNG ỦY XÃ TÂN HÒA"],
    place="Tân Hòa", issued_date="2024-07-16",
    title="Về lãnh đạo thực hiện nhiệm vụ 6 tháng cuối năm 2024",
    signer={"name": "Nguyễn Thị Bích Vân", "position": "Bí thư", "authority": "T/M Đảng ủy"},
    references=[R("09-NQ/HU", "2023-12-20", "Ban Chấp hành Đảng bộ huyện Tân Châu")],
    deadlines=[
        dl("trong Quý III/2024", "absolute", "kiểm tra, xử lý dứt điểm các điểm khai thác cát trái phép ven hồ Dầu Tiếng", ["Ủy ban nhân dân xã"], date="2024-09-30"),
        dl("trước ngày 15/10/2024", "absolute", "hoàn thành việc hòa giải, giải quyết 04 vụ tranh chấp đất đai tại ấp Tân Thuận", ["Ủy ban nhân dân xã"], date="2024-10-15"),
        dl("trước ngày 30 tháng 11 năm 2024", "absolute", "rà soát, giới thiệu quần chúng ưu tú cho Đảng xem xét kết nạp, gửi hồ sơ về Đảng ủy", ["Chi bộ các ấp"], date="2024-11-30"),
        dl("Trong thời hạn 10 ngày làm việc kể từ ngày ban hành Nghị quyết này", "relative", "xây dựng kế hoạch thực hiện, trình Ban Thường vụ Đảng ủy cho ý kiến", ["Ủy ban nhân dân xã"], off=(10, True, "ban hành Nghị quyết này"), due="2024-07-30"),
        dl("trong tháng 8/2024", "absolute", "tổ chức quán triệt Nghị quyết đến đảng viên", ["Các chi bộ trực thuộc"], date="2024-08-31"),
        dl("trước ngày 05/12", "absolute", "tổng hợp kết quả, tham mưu Ban Thường vụ Đảng ủy báo cáo Ban Thường vụ Huyện ủy", ["Văn phòng Đảng ủy"], date="2024-12-05"),
    ],
    responsible_bodies=B(("Ủy ban nhân dân xã", "chủ trì"), ("Công an xã", "phối hợp"), ("Ban Chỉ huy Quân sự xã", "phối hợp"),
                         ("Ủy ban nhân dân xã", "thực hiện"), ("Chi bộ các ấp", "thực hiện"), ("Ban Nhân dân ấp", "thực hiện"),
                         ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "thực hiện"), ("Các đoàn thể chính trị - xã hội xã", "thực hiện"),
                         ("Các chi bộ trực thuộc", "thực hiện"), ("Ủy ban Kiểm tra Đảng ủy", "theo dõi"),
                         ("Văn phòng Đảng ủy", "theo dõi"), ("Văn phòng Đảng ủy", "thực hiện")),
    recipients=["Ban Thường vụ Huyện ủy", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "UBND xã", "UBMTTQVN xã"])
STARTS["nq24-du-tanhoa-2024"] = {3: "2024-07-16"}

#DOCS-HERE

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
        loose = flat.replace("/0", "/").replace(" 0", " ")
        # printed as 19/6/2013 or, in Căn cứ lines, as "ngày 19 tháng 6 năm 2013" (leading zeros optional)
        if "%d/%d/%d" % (dd, m, y) not in loose and "ngày %d tháng %d năm %d" % (dd, m, y) not in loose:
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

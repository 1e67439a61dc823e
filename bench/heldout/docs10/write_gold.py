#!/usr/bin/env python3
"""The gold of set 10, typed by hand. Writes <id>/gold.json and checks that every deadline text, task,
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

DOCS["bc146-bqlda-krongpac-2024"] = dict(
    doc_type="BC", doc_type_name="Báo cáo", number_symbol="146/BC-BQLDA",
    issuer="Ban Quản lý dự án đầu tư xây dựng huyện Krông Pắc",
    issuer_lines=["UBND HUYỆN KRÔNG PẮC", "BAN QUẢN LÝ DỰ ÁN", "ĐẦU TƯ XÂY DỰNG"],
    place="Krông Pắc", issued_date="2024-10-03",
    title="Tình hình thực hiện và giải ngân kế hoạch vốn đầu tư công 9 tháng đầu năm, nhiệm vụ trọng tâm Quý IV năm 2024",
    signer={"name": "Y Thuyên Êban", "position": "Phó Giám đốc", "authority": "KT. Giám đốc"},
    references=[R("39/2019/QH14", "2019-06-13", "Quốc hội"),
                R("52/QĐ-UBND", "2024-01-10", "Ủy ban nhân dân huyện Krông Pắc"),
                R("1874/UBND-TCKH", "2024-09-23", "Ủy ban nhân dân huyện Krông Pắc")],
    deadlines=[
        dl("trong thời hạn 10 ngày làm việc kể từ ngày ký Báo cáo này", "relative", "rà soát khối lượng hoàn thành của từng gói thầu, lập hồ sơ thanh toán", ["Phòng Kỹ thuật - Thẩm định"], off=(10, True, "ký Báo cáo này"), due="2024-10-17"),
        dl("trước ngày 15/10/2024", "absolute", "hoàn thiện hồ sơ nghiệm thu các hạng mục đã thi công", ["Các nhà thầu thi công"], date="2024-10-15"),
        dl("trong Quý IV/2024", "absolute", "tham mưu Giám đốc Ban điều chuyển vốn từ dự án chậm giải ngân sang dự án có khối lượng", ["Phòng Kế hoạch - Tài chính"], date="2024-12-31"),
        dl("trước ngày 20 tháng 12 năm 2024", "absolute", "vận động các hộ dân, bàn giao mặt bằng sạch cho nhà thầu", ["Tổ Giải phóng mặt bằng"], date="2024-12-20"),
        dl("trước ngày 05 hằng tháng", "recurring", "tổng hợp tiến độ, báo cáo Giám đốc Ban", ["Phòng Hành chính - Tổng hợp"], due="2024-10-05"),
    ],
    responsible_bodies=B(("Phòng Kỹ thuật - Thẩm định", "chủ trì"), ("Phòng Kế hoạch - Tài chính", "phối hợp"),
                         ("Các nhà thầu thi công", "thực hiện"), ("Phòng Kế hoạch - Tài chính", "thực hiện"),
                         ("Tổ Giải phóng mặt bằng", "chủ trì"), ("Ủy ban nhân dân xã Ea Kênh", "phối hợp"),
                         ("Ủy ban nhân dân xã Hòa An", "phối hợp"), ("Phòng Hành chính - Tổng hợp", "theo dõi"),
                         ("Phòng Hành chính - Tổng hợp", "thực hiện")),
    recipients=["UBND huyện", "Phòng Tài chính - Kế hoạch huyện", "Kho bạc Nhà nước Krông Pắc", "Giám đốc, các Phó Giám đốc Ban"])
STARTS["bc146-bqlda-krongpac-2024"] = {0: "2024-10-03"}

DOCS["hd03-hdtdkt-phutho-2025"] = dict(
    doc_type="HD", doc_type_name="Hướng dẫn", number_symbol="03/HD-HĐTĐKT",
    issuer="Hội đồng Thi đua - Khen thưởng tỉnh Phú Thọ",
    issuer_lines=["UBND TỈNH PHÚ THỌ", "HỘI ĐỒNG THI ĐUA -", "KHEN THƯỞNG"],
    place="Phú Thọ", issued_date="2025-03-10",
    title="Công tác thi đua, khen thưởng năm 2025",
    signer={"name": "Đinh Thị Thanh Hương", "position": "Phó Chủ tịch Thường trực", "authority": "KT. Chủ tịch"},
    references=[R("06/2022/QH15", "2022-06-15", "Quốc hội"), R("98/2023/NĐ-CP", "2023-12-31", "Chính phủ"),
                R("14/2024/QĐ-UBND", "2024-03-28", "Ủy ban nhân dân tỉnh Phú Thọ")],
    deadlines=[
        dl("trước ngày 31/3/2025", "absolute", "đăng ký danh hiệu thi đua và hình thức khen thưởng năm 2025, gửi về Hội đồng", ["Các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các huyện, thành, thị"], date="2025-03-31"),
        dl("trước ngày 15 tháng 11 năm 2025", "absolute", "lập theo mẫu tại Nghị định số 98/2023/NĐ-CP, gửi về Ban Thi đua - Khen thưởng tỉnh", ["Các cơ quan, đơn vị"], date="2025-11-15"),
        dl("trong tháng 12/2025", "absolute", "tổ chức bình xét, đề nghị khen thưởng tổng kết năm 2025", ["Hội đồng Thi đua - Khen thưởng các huyện, thành, thị"], date="2025-12-31"),
        dl("chậm nhất 10 ngày làm việc sau khi kết thúc phong trào", "relative", "tổng hợp kết quả, lập hồ sơ đề nghị khen thưởng", ["Cơ quan phát động"], off=(10, True, "kết thúc phong trào")),
        dl("trong thời hạn 07 ngày làm việc kể từ ngày ban hành Hướng dẫn này", "relative", "mở chuyên mục tuyên truyền về điển hình tiên tiến", ["Ban Thi đua - Khen thưởng tỉnh"], off=(7, True, "ban hành Hướng dẫn này"), due="2025-03-19"),
        dl("trước ngày 10 tháng 01 hằng năm", "recurring", "tổng hợp kết quả, báo cáo Hội đồng Thi đua - Khen thưởng tỉnh", ["Ban Thi đua - Khen thưởng tỉnh"], md="01-10", due="2026-01-10"),
    ],
    responsible_bodies=B(("Các cơ quan, đơn vị", "thực hiện"), ("Các sở, ban, ngành, đoàn thể tỉnh", "thực hiện"),
                         ("Ủy ban nhân dân các huyện, thành, thị", "thực hiện"),
                         ("Hội đồng Thi đua - Khen thưởng các huyện, thành, thị", "thực hiện"), ("Cơ quan phát động", "thực hiện"),
                         ("Ban Thi đua - Khen thưởng tỉnh", "chủ trì"), ("Báo Phú Thọ", "phối hợp"),
                         ("Đài Phát thanh và Truyền hình Phú Thọ", "phối hợp"),
                         ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "thực hiện"), ("Các tổ chức chính trị - xã hội tỉnh", "thực hiện"),
                         ("Ban Thi đua - Khen thưởng tỉnh", "theo dõi"), ("Ban Thi đua - Khen thưởng tỉnh", "thực hiện")),
    recipients=["Thường trực Tỉnh ủy", "HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Thành viên Hội đồng TĐKT tỉnh",
                "Các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thành, thị"])
STARTS["hd03-hdtdkt-phutho-2025"] = {4: "2025-03-10"}

DOCS["kh18-hctd-muonglat-2024"] = dict(
    doc_type="KH", doc_type_name="Kế hoạch", number_symbol="18/KH-HCTĐ",
    issuer="Ban Thường vụ Hội Chữ thập đỏ huyện Mường Lát",
    issuer_lines=["HỘI CTĐ TỈNH THANH HÓA", "HỘI CHỮ THẬP ĐỎ", "HUYỆN MƯỜNG LÁT"],
    place="Mường Lát", issued_date="2024-04-17",
    title="Tổ chức các hoạt động Tháng Nhân đạo năm 2024",
    signer={"name": "Lò Thị Hặc", "position": "Chủ tịch", "authority": "TM. Ban Thường vụ"},
    references=[R("11/2008/QH12", "2008-06-03", "Quốc hội"), R("93/2021/NĐ-CP", "2021-10-27", "Chính phủ"),
                R("35/KH-HCTĐ", "2024-04-02", "Ban Thường vụ Hội Chữ thập đỏ tỉnh Thanh Hóa")],
    deadlines=[
        dl("chậm nhất 03 ngày sau khi tiếp nhận", "relative", "phân phối hàng hóa, tiền mặt tiếp nhận được cho đối tượng", ["Ban Công tác xã hội"], off=(3, False, "tiếp nhận")),
        dl("trước ngày 30 tháng 4 năm 2024", "absolute", "chuẩn bị nội dung, địa điểm Lễ phát động", ["Văn phòng Hội Chữ thập đỏ huyện"], date="2024-04-30"),
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ban hành Kế hoạch này", "relative", "xây dựng kế hoạch của đơn vị, gửi về Hội Chữ thập đỏ huyện", ["Hội Chữ thập đỏ các xã, thị trấn"], off=(5, True, "ban hành Kế hoạch này"), due="2024-04-25"),
        dl("trong tháng 5/2024", "absolute", "hoàn thành việc trao quà, bàn giao nhà Chữ thập đỏ", ["Ban Công tác xã hội"], date="2024-05-31"),
        dl("trước ngày 10/6", "absolute", "báo cáo kết quả Tháng Nhân đạo về Hội Chữ thập đỏ huyện", ["Hội Chữ thập đỏ các xã, thị trấn"], date="2024-06-10"),
    ],
    responsible_bodies=B(("Ban Công tác xã hội", "thực hiện"), ("Văn phòng Hội Chữ thập đỏ huyện", "chủ trì"),
                         ("Ban Công tác xã hội", "phối hợp"), ("Hội Chữ thập đỏ các xã, thị trấn", "thực hiện"),
                         ("Trung tâm Y tế huyện", "thực hiện"), ("Ủy ban nhân dân các xã, thị trấn", "thực hiện"),
                         ("Trưởng bản", "thực hiện")),
    recipients=["Hội CTĐ tỉnh Thanh Hóa", "Thường trực Huyện ủy", "UBND huyện", "Trung tâm Y tế huyện", "Hội CTĐ các xã, thị trấn"])
STARTS["kh18-hctd-muonglat-2024"] = {2: "2024-04-17"}

DOCS["cv612-sct-soctrang-2025"] = dict(
    doc_type="CV", doc_type_name="Công văn", number_symbol="612/SCT-QLTM",
    issuer="Sở Công Thương tỉnh Sóc Trăng", issuer_lines=["UBND TỈNH SÓC TRĂNG", "SỞ CÔNG THƯƠNG"],
    place="Sóc Trăng", issued_date="2025-05-15",
    title="V/v bảo đảm nguồn cung xăng dầu trên địa bàn tỉnh",
    signer={"name": "Kim Sô Phia", "position": "Phó Giám đốc", "authority": "KT. Giám đốc"},
    references=[R("1025/UBND-KT", "2025-05-09", "Ủy ban nhân dân tỉnh Sóc Trăng"), R("36/2005/QH11", "2005-06-14", "Quốc hội"),
                R("83/2014/NĐ-CP", "2014-09-03", "Chính phủ"), R("80/2023/NĐ-CP", "2023-11-17", "Chính phủ")],
    deadlines=[
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ký văn bản này", "relative", "rà soát hệ thống cửa hàng bán lẻ xăng dầu trên địa bàn, báo cáo Sở Công Thương", ["Ủy ban nhân dân các huyện, thị xã, thành phố"], off=(5, True, "ký văn bản này"), due="2025-05-22"),
        dl("trước ngày 10/6/2025", "absolute", "đăng ký bổ sung cửa hàng, đại lý thuộc hệ thống phân phối", ["Các thương nhân phân phối xăng dầu"], date="2025-06-10"),
        dl("chậm nhất 01 ngày làm việc sau khi tạm ngừng bán hàng", "relative", "thông báo bằng văn bản cho Sở Công Thương", ["Các đại lý, cửa hàng bán lẻ xăng dầu"], off=(1, True, "tạm ngừng bán hàng")),
        dl("trước ngày 25 hằng tháng", "recurring", "báo cáo số lượng xăng dầu nhập, xuất, tồn kho của tháng", ["Các thương nhân phân phối xăng dầu"], due="2025-05-25"),
        dl("trong tháng 6/2025", "absolute", "kiểm tra việc chấp hành quy định về kinh doanh xăng dầu, xử lý nghiêm các trường hợp găm hàng, tự ý ngừng bán hàng", ["Chi cục Quản lý thị trường"], date="2025-06-30"),
    ],
    responsible_bodies=B(("Ủy ban nhân dân các huyện, thị xã, thành phố", "thực hiện"), ("Các thương nhân phân phối xăng dầu", "thực hiện"),
                         ("Các đại lý, cửa hàng bán lẻ xăng dầu", "thực hiện"), ("Chi cục Quản lý thị trường", "chủ trì"),
                         ("Chi cục Quản lý thị trường", "thực hiện"), ("Công an tỉnh (Phòng Cảnh sát kinh tế)", "phối hợp"),
                         ("Phòng Quản lý thương mại", "theo dõi")),
    recipients=["Như trên", "UBND tỉnh", "Bộ Công Thương (Vụ Thị trường trong nước)", "Công an tỉnh (PC03)", "Giám đốc, các PGĐ Sở"])
STARTS["cv612-sct-soctrang-2025"] = {0: "2025-05-15"}

DOCS["qd485-svhttdl-laocai-2024"] = dict(
    doc_type="QĐ", doc_type_name="Quyết định", number_symbol="485/QĐ-SVHTTDL",
    issuer="Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
    issuer_lines=["UBND TỈNH LÀO CAI", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"],
    place="Lào Cai", issued_date="2024-07-02",
    title="Về việc thành lập Ban Tổ chức Liên hoan nghệ thuật quần chúng các dân tộc tỉnh Lào Cai năm 2024",
    signer={"name": "Nông Văn Thuận", "position": "Giám đốc", "authority": None},
    references=[R("18/2023/QĐ-UBND", "2023-04-14", "Ủy ban nhân dân tỉnh Lào Cai"),
                R("236/KH-UBND", "2024-05-21", "Ủy ban nhân dân tỉnh Lào Cai")],
    deadlines=[
        dl("trong thời hạn 05 ngày làm việc kể từ ngày ký Quyết định", "relative", "ban hành kế hoạch chi tiết, phân công nhiệm vụ cho từng thành viên", ["Ban Tổ chức"], off=(5, True, "ký Quyết định"), due="2024-07-09"),
        dl("trước ngày 15/7/2024", "absolute", "lập dự toán kinh phí tổ chức Liên hoan, trình Giám đốc Sở phê duyệt", ["Phòng Quản lý văn hóa"], date="2024-07-15"),
        dl("trước ngày 31/7/2024", "absolute", "đăng ký danh sách đoàn, chương trình biểu diễn gửi về Ban Tổ chức", ["Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố"], date="2024-07-31"),
        dl("trước ngày 20 tháng 8 năm 2024", "absolute", "hoàn thành sân khấu, âm thanh, ánh sáng và phương án bảo đảm an toàn", ["Trung tâm Văn hóa tỉnh"], date="2024-08-20"),
        dl("trước ngày 20/8", "absolute", "đăng tải thông tin về Liên hoan", ["Văn phòng Sở"], date="2024-08-20"),
        dl("chậm nhất 10 ngày sau khi kết thúc Liên hoan", "relative", "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh", ["Phòng Quản lý văn hóa"], off=(10, False, "kết thúc Liên hoan"), due="2024-09-04"),
    ],
    responsible_bodies=B(("Ban Tổ chức", "thực hiện"), ("Phòng Quản lý văn hóa", "chủ trì"), ("Phòng Quản lý văn hóa", "thực hiện"),
                         ("Phòng Kế hoạch - Tài chính", "phối hợp"),
                         ("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "thực hiện"), ("Trung tâm Văn hóa tỉnh", "thực hiện"),
                         ("Văn phòng Sở", "chủ trì"), ("Báo Lào Cai", "phối hợp"), ("Đài Phát thanh và Truyền hình Lào Cai", "phối hợp"),
                         ("Chánh Văn phòng Sở", "thực hiện"), ("Trưởng phòng Quản lý văn hóa", "thực hiện"),
                         ("Trưởng phòng Kế hoạch - Tài chính", "thực hiện"), ("Giám đốc Trung tâm Văn hóa tỉnh", "thực hiện"),
                         ("Các ông, bà có tên tại Điều 1", "thực hiện")),
    recipients=["UBND tỉnh", "Như Điều 3", "Phòng VH&TT các huyện, thị xã, thành phố"])
STARTS["qd485-svhttdl-laocai-2024"] = {0: "2024-07-02", 5: "2024-08-25"}

DOCS["ct07-ducat-kontum-2024"] = dict(
    doc_type="CT", doc_type_name="Chỉ thị", number_symbol="07-CT/ĐU",
    issuer="Ban Thường vụ Đảng ủy Công an tỉnh Kon Tum",
    issuer_lines=["ĐẢNG BỘ TỈNH KON TUM", "ĐẢNG ỦY CÔNG AN TỈNH"],
    place="Kon Tum", issued_date="2024-10-21",
    title="Về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    signer={"name": "Đinh Văn Blơng", "position": "Phó Bí thư", "authority": "T/M Ban Thường vụ"},
    references=[R("35-CT/TW", "2024-06-14", "Bộ Chính trị"), R("208-KH/TU", "2024-08-02", "Ban Thường vụ Tỉnh ủy Kon Tum"),
                R("37/2018/QH14", "2018-11-20", "Quốc hội")],
    deadlines=[
        dl("Trong thời hạn 10 ngày kể từ ngày ban hành Chỉ thị", "relative", "xây dựng kế hoạch thực hiện, quán triệt Chỉ thị đến từng đảng viên", ["Cấp ủy các chi bộ, đảng bộ cơ sở"], off=(10, False, "ban hành Chỉ thị"), due="2024-10-31"),
        dl("trước ngày 15/12/2024", "absolute", "xây dựng phương án bảo vệ đại hội đảng bộ cấp huyện và Đại hội Đảng bộ tỉnh, trình Ban Thường vụ Đảng ủy", ["Phòng Tham mưu"], date="2024-12-15"),
        dl("trong Quý I/2025", "absolute", "rà soát địa bàn trọng điểm, các đối tượng có biểu hiện kích động, gây rối", ["Công an các huyện, thành phố"], date="2025-03-31"),
        dl("Chậm nhất 07 ngày làm việc sau khi đại hội chi bộ kết thúc", "relative", "báo cáo tình hình an ninh, trật tự tại đại hội về Văn phòng Đảng ủy", ["Chi ủy"], off=(7, True, "đại hội chi bộ kết thúc")),
        dl("trước ngày 28 tháng 02 năm 2025", "absolute", "tổng hợp kết quả", ["Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"], date="2025-02-28"),
        dl("trước ngày 20 tháng 11 hằng năm", "recurring", "tổng hợp, báo cáo Ban Thường vụ Đảng ủy", ["Văn phòng Đảng ủy"], md="11-20", due="2024-11-20"),
    ],
    responsible_bodies=B(("Các cấp ủy, chi bộ", "thực hiện"), ("Cấp ủy các chi bộ, đảng bộ cơ sở", "thực hiện"),
                         ("Phòng Tham mưu", "chủ trì"), ("Phòng An ninh nội địa", "phối hợp"), ("Phòng Cảnh sát hình sự", "phối hợp"),
                         ("Đảng ủy Công an các huyện, thành phố", "thực hiện"), ("Công an các huyện, thành phố", "thực hiện"),
                         ("Chi bộ Công an các xã biên giới", "thực hiện"), ("Chi ủy", "thực hiện"),
                         ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "chủ trì"),
                         ("Ủy ban Kiểm tra Đảng ủy Công an tỉnh", "theo dõi"),
                         ("Văn phòng Đảng ủy", "theo dõi"), ("Văn phòng Đảng ủy", "thực hiện")),
    recipients=["Ban Thường vụ Tỉnh ủy", "Đảng ủy Công an Trung ương", "Các đồng chí Đảng ủy viên", "Các chi bộ, đảng bộ cơ sở"])
STARTS["ct07-ducat-kontum-2024"] = {0: "2024-10-21"}

DOCS["tb45-pvhtt-baolac-2024"] = dict(
    doc_type="TB", doc_type_name="Thông báo", number_symbol="45/TB-VHTT",
    issuer="Phòng Văn hóa và Thông tin huyện Bảo Lạc",
    issuer_lines=["UBND HUYỆN BẢO LẠC", "PHÒNG VĂN HÓA", "VÀ THÔNG TIN"],
    place="Bảo Lạc", issued_date="2024-11-08",
    title="Kết quả kiểm tra hoạt động kinh doanh dịch vụ karaoke trên địa bàn thị trấn Bảo Lạc",
    signer={"name": "Lục Văn Khoan", "position": "Phó Trưởng phòng", "authority": "KT. Trưởng phòng"},
    references=[R("812/QĐ-UBND", "2024-10-25", "Ủy ban nhân dân huyện Bảo Lạc"), R("54/2019/NĐ-CP", "2019-06-19", "Chính phủ"),
                R("38/2021/NĐ-CP", "2021-03-29", "Chính phủ")],
    deadlines=[
        dl("trước ngày 30/11/2024", "absolute", "hoàn thiện hồ sơ đề nghị điều chỉnh giấy phép, nộp tại Bộ phận Một cửa huyện", ["Hộ kinh doanh karaoke Thanh Sơn"], date="2024-11-30"),
        dl("trong thời hạn 15 ngày kể từ ngày nhận được Thông báo", "relative", "báo cáo kết quả khắc phục bằng văn bản", ["Hộ kinh doanh karaoke Bản Ngà"], off=(15, False, "nhận được Thông báo")),
        dl("trong thời hạn 03 ngày làm việc kể từ ngày ký Thông báo", "relative", "gửi Thông báo này đến các cơ sở kinh doanh dịch vụ karaoke trên địa bàn", ["Ủy ban nhân dân thị trấn Bảo Lạc"], off=(3, True, "ký Thông báo"), due="2024-11-13"),
        dl("trước ngày 05/12", "absolute", "báo cáo việc khắc phục của các cơ sở", ["Công chức Văn hóa - Xã hội thị trấn"], date="2024-12-05"),
        dl("trong tháng 12/2024", "absolute", "tổ chức tái kiểm tra các cơ sở vi phạm", ["Đoàn kiểm tra liên ngành"], date="2024-12-31"),
        dl("trước ngày 20 tháng 12 năm 2024", "absolute", "tổng hợp, báo cáo Ủy ban nhân dân huyện", ["Bộ phận Văn hóa - Gia đình"], date="2024-12-20"),
    ],
    responsible_bodies=B(("Hộ kinh doanh karaoke Thanh Sơn", "thực hiện"), ("Hộ kinh doanh karaoke Bản Ngà", "thực hiện"),
                         ("Ủy ban nhân dân thị trấn Bảo Lạc", "thực hiện"), ("Công chức Văn hóa - Xã hội thị trấn", "thực hiện"),
                         ("Công an huyện", "thực hiện"), ("Công an thị trấn Bảo Lạc", "thực hiện"),
                         ("Đoàn kiểm tra liên ngành", "thực hiện"), ("Bộ phận Văn hóa - Gia đình", "theo dõi"),
                         ("Bộ phận Văn hóa - Gia đình", "thực hiện")),
    recipients=["UBND huyện", "Công an huyện", "UBND thị trấn Bảo Lạc", "Các cơ sở kinh doanh karaoke"])
STARTS["tb45-pvhtt-baolac-2024"] = {2: "2024-11-08"}

DOCS["ttr126-bdt-hagiang-2024"] = dict(
    doc_type="TTr", doc_type_name="Tờ trình", number_symbol="126/TTr-BDT",
    issuer="Ban Dân tộc tỉnh Hà Giang", issuer_lines=["UBND TỈNH HÀ GIANG", "BAN DÂN TỘC"],
    place="Hà Giang", issued_date="2024-09-11",
    title="Về việc phê duyệt Kế hoạch tổ chức đoàn người có uy tín đi tham quan, học tập kinh nghiệm năm 2024",
    signer={"name": "Vàng Mí Say", "position": "Phó Trưởng ban", "authority": "KT. Trưởng ban"},
    references=[R("83/2015/QH13", "2015-06-25", "Quốc hội"), R("12/2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ"),
                R("1045/QĐ-UBND", "2024-06-14", "Ủy ban nhân dân tỉnh Hà Giang")],
    deadlines=[
        dl("Trong thời hạn 05 ngày làm việc kể từ ngày ký Tờ trình", "relative", "gửi văn bản đề nghị Ban Dân tộc tỉnh Lào Cai, Ban Dân tộc tỉnh Yên Bái bố trí địa điểm, lịch làm việc", ["Văn phòng Ban"], off=(5, True, "ký Tờ trình"), due="2024-09-18"),
        dl("trước ngày 30 tháng 9 năm 2024", "absolute", "lập dự toán chi tiết, gửi Sở Tài chính thẩm định", ["Phòng Chính sách dân tộc"], date="2024-09-30"),
        dl("trong thời hạn 07 ngày làm việc kể từ ngày Kế hoạch được phê duyệt", "relative", "lựa chọn thành phần đoàn, thông báo đến Ủy ban nhân dân các huyện, thành phố", ["Phòng Chính sách dân tộc"], off=(7, True, "Kế hoạch được phê duyệt")),
        dl("chậm nhất 15 ngày sau khi kết thúc chuyến đi", "relative", "báo cáo kết quả chuyến đi", ["Phòng Tuyên truyền và Địa bàn"], off=(15, False, "kết thúc chuyến đi")),
        dl("trước ngày 15/12", "absolute", "thanh toán, quyết toán kinh phí theo quy định", ["Văn phòng Ban"], date="2024-12-15"),
    ],
    responsible_bodies=B(("Văn phòng Ban", "thực hiện"), ("Phòng Chính sách dân tộc", "chủ trì"), ("Văn phòng Ban", "phối hợp"),
                         ("Phòng Chính sách dân tộc", "thực hiện"), ("Phòng Tuyên truyền và Địa bàn", "thực hiện")),
    recipients=["Như trên", "Sở Tài chính", "Lãnh đạo Ban"])
STARTS["ttr126-bdt-hagiang-2024"] = {0: "2024-09-11"}

DOCS["qc02-bvdk-ninhthuan-2025"] = dict(
    doc_type="QC", doc_type_name="Quy chế", number_symbol="02/QC-BVĐK",
    issuer="Bệnh viện Đa khoa tỉnh Ninh Thuận", issuer_lines=["SỞ Y TẾ NINH THUẬN", "BỆNH VIỆN ĐA KHOA TỈNH"],
    place="Ninh Thuận", issued_date="2025-01-14",
    title="Tiếp nhận và giải quyết phản ánh, kiến nghị của người bệnh tại Bệnh viện Đa khoa tỉnh Ninh Thuận",
    signer={"name": "Đàng Năng Hòa", "position": "Giám đốc", "authority": None},
    references=[R("02/2011/QH13", "2011-11-11", "Quốc hội"), R("15/2023/QH15", "2023-01-09", "Quốc hội"),
                R("07/2014/TT-BYT", "2014-02-25", "Bộ trưởng Bộ Y tế")],
    deadlines=[
        dl("trong thời hạn 05 ngày làm việc kể từ ngày nhận được phản ánh", "relative", "trả lời người phản ánh bằng văn bản hoặc qua điện thoại", ["Phòng Công tác xã hội"], off=(5, True, "nhận được phản ánh")),
        dl("chậm nhất 10 ngày làm việc sau khi có kết luận xác minh", "relative", "trình Giám đốc hình thức xử lý", ["Phòng Tổ chức cán bộ"], off=(10, True, "có kết luận xác minh")),
        dl("trước ngày 24/01/2025", "absolute", "hoàn thành lắp đặt hòm thư góp ý tại các khoa", ["Phòng Công tác xã hội"], date="2025-01-24"),
        dl("trong thời hạn 10 ngày làm việc kể từ ngày ban hành Quy chế này", "relative", "công khai số đường dây nóng trên trang thông tin điện tử của Bệnh viện", ["Phòng Công nghệ thông tin"], off=(10, True, "ban hành Quy chế này"), due="2025-02-04"),
        dl("trong Quý I/2025", "absolute", "tổ chức tập huấn kỹ năng giao tiếp, ứng xử", ["Trưởng các khoa lâm sàng, cận lâm sàng"], date="2025-03-31"),
        dl("trước ngày 05 hằng tháng", "recurring", "tổng hợp phản ánh, kiến nghị và kết quả giải quyết, báo cáo Giám đốc", ["Phòng Quản lý chất lượng"], due="2025-02-05"),
        dl("trước ngày 15 tháng 12 hằng năm", "recurring", "báo cáo Sở Y tế", ["Phòng Quản lý chất lượng"], md="12-15", due="2025-12-15"),
    ],
    responsible_bodies=B(("Người trực đường dây nóng", "thực hiện"), ("Phòng Công tác xã hội", "thực hiện"),
                         ("Phòng Tổ chức cán bộ", "thực hiện"), ("Phòng Công tác xã hội", "chủ trì"),
                         ("Phòng Điều dưỡng", "phối hợp"), ("Phòng Quản lý chất lượng", "phối hợp"),
                         ("Phòng Công nghệ thông tin", "thực hiện"), ("Trưởng các khoa lâm sàng, cận lâm sàng", "thực hiện"),
                         ("Phòng Quản lý chất lượng", "thực hiện")),
    recipients=["Sở Y tế", "Ban Giám đốc", "Các khoa, phòng"])
STARTS["qc02-bvdk-ninhthuan-2025"] = {3: "2025-01-14"}

DOCS["ctr05-hkh-binhphuoc-2025"] = dict(
    doc_type="CTr", doc_type_name="Chương trình", number_symbol="05/CTr-HKH",
    issuer="Ban Thường vụ Hội Khuyến học tỉnh Bình Phước", issuer_lines=["HỘI KHUYẾN HỌC", "TỈNH BÌNH PHƯỚC"],
    place="Bình Phước", issued_date="2025-02-20",
    title="Công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025",
    signer={"name": "Điểu Thị Hạnh", "position": "Chủ tịch", "authority": "TM. Ban Thường vụ"},
    references=[R("11-CT/TW", "2007-04-13", "Bộ Chính trị"), R("1373/QĐ-TTg", "2021-07-30", "Thủ tướng Chính phủ"),
                R("46/KH-UBND", "2025-02-12", "Ủy ban nhân dân tỉnh Bình Phước")],
    deadlines=[
        dl("trong thời hạn 15 ngày làm việc kể từ ngày ban hành Chương trình này", "relative", "hướng dẫn các huyện, thị xã, thành phố đánh giá, công nhận các mô hình học tập năm 2025", ["Văn phòng Tỉnh hội"], off=(15, True, "ban hành Chương trình này"), due="2025-03-13"),
        dl("trong tháng 4/2025", "absolute", "kiện toàn chi hội khuyến học ở các thôn, ấp, sóc", ["Hội Khuyến học các huyện, thị xã, thành phố"], date="2025-04-30"),
        dl("trước ngày 15/6/2025", "absolute", "báo cáo sơ kết 6 tháng về Tỉnh hội", ["Hội Khuyến học các huyện, thị xã, thành phố"], date="2025-06-15"),
        dl("trước ngày 31 tháng 8 năm 2025", "absolute", "xét chọn 300 suất học bổng \"Tiếp sức đến trường\", trình Thường trực Tỉnh hội phê duyệt", ["Ban Quản lý Quỹ Khuyến học tỉnh"], date="2025-08-31"),
        dl("trong thời hạn 05 ngày làm việc sau khi kết thúc Lễ trao học bổng", "relative", "công khai danh sách học sinh nhận học bổng trên trang thông tin điện tử của Tỉnh hội", ["Ban Quản lý Quỹ"], off=(5, True, "kết thúc Lễ trao học bổng"), due="2025-09-12"),
        dl("trước ngày 30 tháng 10 hằng năm", "recurring", "báo cáo kết quả công tác năm về Tỉnh hội", ["Hội Khuyến học các huyện, thị xã, thành phố"], md="10-30", due="2025-10-30"),
    ],
    responsible_bodies=B(("Văn phòng Tỉnh hội", "chủ trì"), ("Văn phòng Tỉnh hội", "thực hiện"), ("Ban Tuyên truyền - Thi đua", "phối hợp"),
                         ("Hội Khuyến học các huyện, thị xã, thành phố", "thực hiện"), ("Ban Quản lý Quỹ Khuyến học tỉnh", "thực hiện"),
                         ("Ban Quản lý Quỹ", "thực hiện"), ("Sở Giáo dục và Đào tạo", "thực hiện"),
                         ("Các trường phổ thông dân tộc nội trú", "thực hiện"), ("Các hội viên, chi hội", "thực hiện"),
                         ("Ban Kiểm tra Tỉnh hội", "theo dõi"), ("Văn phòng Tỉnh hội", "theo dõi")),
    recipients=["TW Hội Khuyến học Việt Nam", "Thường trực Tỉnh ủy", "UBND tỉnh", "Sở Giáo dục và Đào tạo",
                "Hội Khuyến học các huyện, thị xã, thành phố"])
STARTS["ctr05-hkh-binhphuoc-2025"] = {0: "2025-02-20", 4: "2025-09-05"}

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

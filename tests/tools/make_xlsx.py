#!/usr/bin/env python3
"""Workbooks for the XLSX reader's tests, written by a program other than ShopCRM.
make_xlsx.py OUT openpyxl   - customers as Excel users type them, with openpyxl
make_xlsx.py OUT cached     - a minimal workbook written by hand, with a formula and its saved value
"""
import datetime
import sys
import zipfile


def with_openpyxl(path):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["客户名称", "联系人", "手机", "首次下单", "金额", "月结"])
    sheet.append(["深圳市华彩广告有限公司", "李明", "13812345678", datetime.date(2026, 3, 5), 1234.5, True])
    sheet.append(["鑫源装饰", None, 13900001111, datetime.datetime(2026, 3, 5, 14, 30), 88, False])
    sheet["A5"] = "空行之后"
    sheet["D5"] = datetime.date(1900, 3, 1)
    sheet["D5"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["E5"] = "=E2*2"
    sheet.merge_cells("B5:C5")
    sheet["B5"] = "合并"
    other = book.create_sheet("产品")
    other.append(["名称", "单价"])
    other.append(["名片", 38.5])
    book.save(path)


def cached(path):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/>'
        '<sheets><sheet name="订单" sheetId="1" r:id="rId7"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>数量</t></is></c><c r="B1" t="inlineStr"><is><r><t>合</t></r><r><t>计</t></r></is></c>'
        '<c r="C1" t="inlineStr"><is><t>日期</t></is></c></row>'
        '<row r="2"><c r="A2"><v>42</v></c><c r="B2"><f>A2*2</f><v>84</v></c><c r="C2" s="1"><v>0</v></c>'
        '<c r="D2" t="str"><f>"A"&amp;"B"</f><v>AB</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row>'
        '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)


{"openpyxl": with_openpyxl, "cached": cached}[sys.argv[2]](sys.argv[1])

package io.jiceng.platform.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Documents as the features build them: a public notice of award recipients, a long payment list. */
final class ExportSamples {

    static final String TITLE = "2026年度农村部分计划生育家庭奖励扶助对象公示名单";
    static final String PERIOD = "公示期：2026年11月26日至2026年12月3日";

    private ExportSamples() {
    }

    static TableDocument publicNotice() {
        return TableDocument.titled(TITLE)
                .subtitle(PERIOD)
                .columns("序号", "姓名", "身份证号", "村（居）", "扶助金额（元）", "确认日期")
                .row(Cell.count(1), Cell.text("张*明"), Cell.text("430102********1234"), Cell.text("东风社区"),
                        Cell.amount(new BigDecimal("1200")), Cell.date(LocalDate.of(2026, 11, 20)))
                .row(Cell.count(2), Cell.text("李*㛃"), Cell.text("430102********2345"), Cell.text("向阳村"),
                        Cell.amount(new BigDecimal("1200")), Cell.date(LocalDate.of(2026, 11, 21)))
                .row(Cell.count(3), Cell.text("吉*𠮷"), Cell.text("430102********3456"), Cell.text("向阳村"),
                        Cell.amount(new BigDecimal("12345.6")), Cell.date(LocalDate.of(2026, 11, 21)))
                .total(Cell.text("合计"), Cell.text("3人"), Cell.blank(), Cell.blank(),
                        Cell.amount(new BigDecimal("14745.60")))
                .note("公示期内如有异议，请向街道卫生健康办公室反映。监督电话：0731-84512345")
                .signOff("长沙市芙蓉区东湖街道办事处", "2026年11月26日")
                .build();
    }

    /** A payment list of the given length, with the subtotal of each township every 1,000 rows. */
    static TableDocument paymentList(int people) {
        TableDocument.Builder list = TableDocument.titled("奖励扶助金发放名单")
                .subtitle("发放期：2026年12月")
                .columns("序号", "乡镇（街道）", "姓名", "身份证号", "银行账号", "金额（元）");
        BigDecimal monthly = new BigDecimal("100.00");
        for (int i = 1; i <= people; i++) {
            list.row(Cell.count(i), Cell.text("第" + (1 + (i - 1) / 1000) + "乡镇"), Cell.text("刘*华"),
                    Cell.text("430102********" + String.format("%04d", i % 10_000)),
                    Cell.text("6217 0000 " + String.format("%08d", i)), Cell.amount(monthly));
            if (i % 1000 == 0) {
                list.subtotal(Cell.text("小计"), Cell.text("第" + (i / 1000) + "乡镇"), Cell.blank(), Cell.blank(),
                        Cell.blank(), Cell.amount(monthly.multiply(BigDecimal.valueOf(1000))));
            }
        }
        return list.total(Cell.text("合计"), Cell.blank(), Cell.text(people + "人"), Cell.blank(), Cell.blank(),
                Cell.amount(monthly.multiply(BigDecimal.valueOf(people)))).build();
    }
}

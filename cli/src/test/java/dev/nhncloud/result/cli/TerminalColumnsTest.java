package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalColumnsTest {

    @Test
    void wideCharactersTakeTwoColumnsAndMarksNone() {
        assertEquals(3, TerminalColumns.width("abc"));
        assertEquals(4, TerminalColumns.width("한국"));
        assertEquals(6, TerminalColumns.width("実例（"));
        assertEquals(1, TerminalColumns.width("e\u0301"), "a combining accent");
        assertEquals(2, TerminalColumns.width("\uD840\uDC00"), "an ideograph beyond the Basic Multilingual Plane");
        assertEquals("한국  |", TerminalColumns.pad("한국", 6) + "|");
    }

    @Test
    void latinAndKoreanBreakAtSpaces() {
        assertEquals(List.of("Send the", "same", "request"), TerminalColumns.wrap("Send the same request", 8));
        assertEquals(List.of("리소스가", "존재하는지"), TerminalColumns.wrap("리소스가 존재하는지", 10));
        assertEquals(List.of("abcdef", "ghij"), TerminalColumns.wrap("abcdefghij", 6), "a word wider than the line");
        assertEquals(List.of(""), TerminalColumns.wrap("", 5));
    }

    /** Chinese and Japanese break between any two characters, but not before closing punctuation nor after opening. */
    @Test
    void chineseAndJapaneseBreakBetweenCharacters() {
        assertEquals(List.of("请确认资源", "存在且 ID", "正确。"), TerminalColumns.wrap("请确认资源存在且 ID 正确。", 10));
        assertEquals(List.of("调用成", "功。"), TerminalColumns.wrap("调用成功。", 6), "。 stays with the character before it");
        assertEquals(List.of("実例", "（Flavor）", "API"), TerminalColumns.wrap("実例（Flavor）API", 10));
        assertEquals(List.of("ア", "キャ"), TerminalColumns.wrap("アキャ", 4), "no line starts with a small kana");
        assertEquals(9, TerminalColumns.longestWord("API_ERROR（ドキュメントに記載なし）"));
    }
}

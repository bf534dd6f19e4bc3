package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The house style of the translations, checked over every value of every translated bundle the
 * product ships: core's descriptions, the shipped services' code descriptions and the command
 * line's words (and any bundle added later,
 * found on the class path by its {@code _ko}, {@code _ja} and {@code _zh} files). A value with
 * {@code {0}}-style arguments is checked as it is printed, with a word and a number put in.
 *
 * <ul>
 *   <li>Korean: no mechanical particle that leaves the reader to choose, such as "(으)로",
 *       "은(는)", "이(가)", "을(를)"; right after an argument, whose last sound the text cannot
 *       know, only a particle or ending that is the same after any word ("의", "에", "에서",
 *       "도", "만", "까지", "부터", "입니다"), else the sentence is rephrased; ASCII punctuation,
 *       never the full-width forms.
 *   <li>Japanese: full-width punctuation (「。」「、」「（）」「：」), never ASCII punctuation
 *       or parentheses around Japanese text; no space between Japanese and Latin letters or
 *       digits ("HTTPステータス404"); a space only between two Latin words ("NHN Cloud").
 *   <li>Chinese: one half-width space between Chinese characters and Latin letters or digits
 *       ("有效的 JSON", "HTTP 状态码 404"), none next to full-width punctuation; full-width
 *       punctuation, never ASCII punctuation or parentheses around Chinese text.
 *   <li>Every language: no leading, trailing or doubled space.
 * </ul>
 */
class TranslationStyleTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final List<String> SAMPLE_ARGUMENTS = List.of("Abc", "404");

    private static final Pattern KOREAN_ALTERNATION = Pattern.compile(
            "\\((으|이|은|는|을|를|가|와|과|아|야|로|라)\\)|[은는이가을를와과]\\([은는이가을를와과]\\)|[은는이가을를와과로]/[은는이가을를와과로]");
    private static final Pattern KOREAN_AFTER_ARGUMENT = Pattern.compile("\\{\\d+}[)\"”’]?(?=[가-힣])(?!입니다|의|에서|에|도|만|까지|부터)");
    private static final Pattern FULL_WIDTH_PUNCTUATION = Pattern.compile("[，。、；：！？（）「」]");

    private static final String JAPANESE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。（）「」：；！？・";
    private static final Pattern JAPANESE_SPACE = Pattern.compile("[" + JAPANESE + "] | [" + JAPANESE + "]");
    private static final Pattern JAPANESE_ASCII_PUNCTUATION = Pattern.compile("[" + JAPANESE + "][,.;:!?]|[()]");

    private static final String CHINESE_PUNCTUATION = "，。、；：！？（）“”《》";
    private static final Pattern CHINESE_LATIN_UNSPACED = Pattern.compile("\\p{IsHan}[A-Za-z0-9]|[A-Za-z0-9]\\p{IsHan}");
    private static final Pattern CHINESE_SPACED_PUNCTUATION = Pattern.compile(" [" + CHINESE_PUNCTUATION + "]|[" + CHINESE_PUNCTUATION + "] ");
    private static final Pattern CHINESE_ASCII_PUNCTUATION = Pattern.compile("\\p{IsHan}[,.;:!?]|[()]");

    private static final Pattern BAD_SPACING = Pattern.compile("^\\s|\\s$|  |\\t");

    /**
     * Every translated bundle of core and of the command line: its base name (a resource path
     * without the language) and its files, found in the directory or jar each was loaded from.
     */
    private static Map<String, Map<String, Properties>> bundles() throws Exception {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        for (Class<?> shipped : List.of(dev.nhncloud.result.ResultCode.class, Main.class)) {
            Path path = Path.of(shipped.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).map(file -> path.relativize(file).toString().replace('\\', '/')).forEach(names::add);
                }
            } else {
                try (ZipFile jar = new ZipFile(path.toFile())) {
                    jar.stream().map(java.util.zip.ZipEntry::getName).forEach(names::add);
                }
            }
            for (String name : names) {
                Matcher translated = Pattern.compile("(dev/nhncloud/.+)_ko\\.properties").matcher(name);
                if (translated.matches()) {
                    String base = translated.group(1);
                    Map<String, Properties> languages = new TreeMap<>();
                    for (String language : List.of("", "_ko", "_ja", "_zh")) {
                        languages.put(language.isEmpty() ? "en" : language.substring(1), load(base + language + ".properties"));
                    }
                    bundles.put(base, languages);
                }
            }
        }
        return bundles;
    }

    private static Properties load(String resource) {
        try (InputStream in = TranslationStyleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as printed: each argument replaced by each sample, in turn. */
    private static List<String> printed(String value) {
        if (!ARGUMENT.matcher(value).find()) {
            return List.of(value);
        }
        List<String> texts = new ArrayList<>();
        for (String sample : SAMPLE_ARGUMENTS) {
            texts.add(ARGUMENT.matcher(value).replaceAll(sample).replace("''", "'"));
        }
        return texts;
    }

    /** The problems of one value in one language, in words; empty when it is in the house style. */
    static List<String> problems(String language, String value) {
        List<String> problems = new ArrayList<>();
        if ("ko".equals(language)) {
            find(problems, KOREAN_ALTERNATION, value, "a mechanical particle: write the one that fits, or rephrase");
            find(problems, KOREAN_AFTER_ARGUMENT, value, "a particle after an argument that depends on its last sound: rephrase");
        }
        for (String text : printed(value)) {
            find(problems, BAD_SPACING, text, "a leading, trailing or doubled space");
            switch (language) {
                case "ko":
                    find(problems, FULL_WIDTH_PUNCTUATION, text, "full-width punctuation in Korean");
                    break;
                case "ja":
                    find(problems, JAPANESE_SPACE, text, "a space next to Japanese text");
                    find(problems, JAPANESE_ASCII_PUNCTUATION, text, "ASCII punctuation in Japanese text: use full-width");
                    break;
                case "zh":
                    find(problems, CHINESE_LATIN_UNSPACED, text, "no space between Chinese and Latin letters or digits");
                    find(problems, CHINESE_SPACED_PUNCTUATION, text, "a space next to full-width punctuation");
                    find(problems, CHINESE_ASCII_PUNCTUATION, text, "ASCII punctuation in Chinese text: use full-width");
                    break;
                default:
            }
        }
        return problems;
    }

    private static void find(List<String> problems, Pattern pattern, String text, String what) {
        Matcher found = pattern.matcher(text);
        if (found.find()) {
            problems.add(what + " at \"" + found.group() + "\" in: " + text);
        }
    }

    @Test
    void everyValueOfEveryBundleIsInTheHouseStyle() throws Exception {
        Map<String, Map<String, Properties>> bundles = bundles();
        List<String> problems = new ArrayList<>();
        int values = 0;
        for (Map.Entry<String, Map<String, Properties>> bundle : bundles.entrySet()) {
            Properties english = bundle.getValue().get("en");
            for (Map.Entry<String, Properties> language : bundle.getValue().entrySet()) {
                assertEquals(english.stringPropertyNames(), language.getValue().stringPropertyNames(),
                        bundle.getKey() + " " + language.getKey() + ": the same keys as English");
                for (String key : new java.util.TreeSet<>(language.getValue().stringPropertyNames())) {
                    values++;
                    for (String problem : problems(language.getKey(), language.getValue().getProperty(key))) {
                        problems.add(bundle.getKey() + " " + language.getKey() + " " + key + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertTrue(bundles.containsKey("dev/nhncloud/result/internal/descriptions"), "core's descriptions: " + bundles.keySet());
        assertTrue(bundles.containsKey("dev/nhncloud/result/cli/words"), "the command line's words: " + bundles.keySet());
        for (String service : List.of("sms", "email", "kakaotalk_bizmessage", "push")) {
            assertTrue(bundles.containsKey("dev/nhncloud/result/service/" + service), "the " + service + " catalogue's descriptions: "
                    + bundles.keySet());
        }
        assertTrue(values > 2000, values + " values");
    }

    /** The rules catch what they are for, and leave the house style alone. */
    @Test
    void theRulesTellTheHouseStyleFromItsMistakes() {
        assertEquals(2, problems("ko", "{0}가 HTTP 상태 {1}(으)로 응답했습니다.").size(), "(으)로, and 가 after an argument");
        assertEquals(2, problems("ko", "결과 코드 {0}은(는) 없습니다.").size());
        assertEquals(1, problems("ko", "HTTP 상태 {0}로 응답했습니다.").size());
        assertEquals(1, problems("ko", "문자 집합({1})으로 나타낼 수 없습니다.").size());
        assertEquals(List.of(), problems("ko", "{0}의 응답 상태는 HTTP {1}입니다."));
        assertEquals(List.of(), problems("ko", "요청 본문이 올바른 JSON이 아닙니다."));
        assertEquals(1, problems("ko", "조치：없음").size());
        assertEquals(1, problems("ja", "リクエスト本文が正しい JSON ではありません。").size());
        assertEquals(1, problems("ja", "インスタンスタイプ(Flavor)API").size());
        assertEquals(1, problems("ja", "失敗しました.").size());
        assertEquals(List.of(), problems("ja", "インスタンスタイプ（Flavor）API"));
        assertEquals(List.of(), problems("ja", "{0}がHTTPステータス{1}で応答しました。"));
        assertEquals(List.of(), problems("ja", "フローティングIP API"));
        assertEquals(2, problems("zh", "{0}返回了 HTTP 状态码 {1}。").size(), "both samples");
        assertEquals(1, problems("zh", "请求正文不是有效的JSON。").size());
        assertEquals(1, problems("zh", "请联系 NHN Cloud 技术支持 ；调用方无法自行解决。").size());
        assertEquals(1, problems("zh", "实例规格(Flavor) API").size());
        assertEquals(List.of(), problems("zh", "{0} 返回了 HTTP 状态码 {1}。"));
        assertEquals(List.of(), problems("zh", "实例规格（Flavor）API"));
        assertEquals(1, problems("en", "The call  succeeded.").size());
    }
}

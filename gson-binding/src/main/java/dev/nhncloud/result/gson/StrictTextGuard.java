package dev.nhncloud.result.gson;

import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;

/**
 * The text Gson reads, refusing what RFC 8259 forbids but Gson, as this binding drives it, lets
 * through: an unescaped control character (U+0000 to U+001F) or an escape other than JSON's
 * inside a string or name, and a byte order mark where the document starts.
 *
 * <p>This compensates for gaps in Gson, it is not a rule of the SDK. Gson's strict mode checks
 * control characters only in the strings it decodes ({@code nextString()}, {@code nextName()}),
 * not in those it skips ({@code skipValue()}); the binding must skip the strings core does not
 * need without building them (a 100 MB string before the header must not be materialized).
 * Gson's strict mode also refuses unpaired surrogates ({@code "\ud800"}), which JSON allows and
 * the other bindings read, so the cursor decodes strings in legacy-strict mode; that mode also
 * accepts control characters and the escapes {@code \'} and <code>\<i>newline</i></code>, which
 * this guard refuses instead. And Gson skips a leading U+FEFF in every mode: core has already
 * dropped the one byte order mark a document may have, so another is not whitespace.
 *
 * <p>The guard only follows where strings start and end (quotes, and backslash escapes inside
 * strings); Gson remains the judge of everything else. It is lazy: the characters before an
 * offending one are delivered, and the refusal comes with the read after them. Gson reads ahead,
 * so a character after the header that an early exit never needs cannot fail the read.
 */
final class StrictTextGuard extends Reader {

    private final Reader text;
    private boolean started;
    private boolean inString;
    private boolean escaped;
    private MalformedJsonException refusal;

    StrictTextGuard(Reader text) {
        this.text = text;
    }

    /**
     * Reads text and checks it. The check is a tight loop over the characters just read, with the
     * state in locals: it runs over every character of every document, and a call per character
     * cost as much as Gson's own tokenizing.
     */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (refusal != null) {
            throw refusal;
        }
        int count = text.read(buffer, offset, length);
        if (count <= 0) {
            return count;
        }
        int end = offset + count;
        int i = offset;
        String problem = null;
        if (!started) {
            started = true;
            if (buffer[i] == '\uFEFF') {
                problem = "a byte order mark (U+FEFF) where the document starts, after the one allowed";
            }
        }
        boolean inString = this.inString;
        boolean escaped = this.escaped;
        while (problem == null && i < end) {
            if (!inString) {
                // Outside strings only a quote matters; Gson judges the rest.
                while (i < end && buffer[i] != '"') {
                    i++;
                }
                if (i < end) {
                    inString = true;
                    i++;
                }
                continue;
            }
            if (escaped) {
                char c = buffer[i];
                if (!isEscape(c)) {
                    problem = c < 0x20 ? controlCharacter(c) : String.format("invalid escape \\%c (U+%04X) in a string", c, (int) c);
                    break;
                }
                escaped = false;
                i++;
                continue;
            }
            // Inside a string: on to the next quote, backslash or control character.
            char c = 0;
            while (i < end && (c = buffer[i]) >= 0x20 && c != '"' && c != '\\') {
                i++;
            }
            if (i == end) {
                break;
            }
            if (c == '"') {
                inString = false;
            } else if (c == '\\') {
                escaped = true;
            } else {
                problem = controlCharacter(c);
                break;
            }
            i++;
        }
        this.inString = inString;
        this.escaped = escaped;
        if (problem != null) {
            refusal = new MalformedJsonException(problem);
            if (i == offset) {
                throw refusal;
            }
            return i - offset;
        }
        return count;
    }

    private static boolean isEscape(char c) {
        switch (c) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
            case 'u':
                return true;
            default:
                return false;
        }
    }

    private static String controlCharacter(char c) {
        return String.format("unescaped control character U+%04X in a string", (int) c);
    }

    /** Closes the text, which leaves the application's input open. */
    @Override
    public void close() throws IOException {
        text.close();
    }
}

package dev.nhncloud.result.cli;

import dev.nhncloud.result.LogSafeText;
import java.math.BigInteger;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A resultCode as a person types it: an optional minus and ASCII digits, nothing else. Java's
 * integer parsing also takes the digits of other scripts ({@code ٣} and {@code ３} are 3 to it),
 * a plus sign, and more; a code read in a log is never written that way, so such an argument is
 * more likely a mistake than a code, and is refused.
 */
final class ResultCodeArgument implements ITypeConverter<Integer> {

    private static final Pattern ASCII_INTEGER = Pattern.compile("-?[0-9]+");

    @Override
    public Integer convert(String value) {
        if (!ASCII_INTEGER.matcher(value).matches()) {
            throw new TypeConversionException("'" + LogSafeText.escape(value)
                    + "' is not a result code: write it in ASCII digits, such as -3 or 10404");
        }
        BigInteger code = new BigInteger(value);
        if (code.bitLength() > 31) {
            throw new TypeConversionException("'" + value + "' is outside the range of a resultCode (a Java int, "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
        }
        return code.intValue();
    }
}

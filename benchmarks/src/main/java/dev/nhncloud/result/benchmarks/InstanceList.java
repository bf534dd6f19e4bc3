package dev.nhncloud.result.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds realistic response bodies of the Compute API's "list instances" call, deterministically:
 * the same arguments give the same bytes in every JVM, so every fork and every run reads the
 * same documents.
 *
 * <p>Each instance has the shape of the provider's guide (Compute v1.0, "List Instances": see
 * {@code shared/corpus/nhn-compute-docs/en_old_api-guide_06.json}) with plausible values in
 * place of the guide's placeholders: UUIDs, addresses, flavors, volumes, metadata, timestamps.
 * Bodies are compact, as the API sends them. Numbers appear where a real response has them
 * (CPU, RAM, sizes, IP version), and about one instance in three carries a Korean name and
 * description, so the UTF-8 decoder meets multi-byte characters the way it does in practice.
 */
public final class InstanceList {

    /** Where the {@code header} member sits in the root object. */
    public enum HeaderPosition {
        /** {@code {"header":{...},"instances":[...]}}: an early exit reads a few hundred bytes. */
        FIRST,
        /** {@code {"instances":[...],"header":{...}}}: every reader must go through the whole list. */
        LAST
    }

    /** What the header says. */
    public enum Outcome {
        /** {@code isSuccessful: true, resultCode: 0}: the message is the documented text alone. */
        SUCCESS("{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}"),
        /** A documented failure with a detail after the documented text, which the reader splits off. */
        FAILURE("{\"isSuccessful\":false,\"resultCode\":-3,\"resultMessage\":\"Permission denied: token expired\"}");

        private final String json;

        Outcome(String json) {
            this.json = json;
        }

        /**
         * The header object as the provider writes it.
         *
         * @return compact JSON of the header object
         */
        public String json() {
            return json;
        }
    }

    private static final long SEED = 0x4E48_4E43_4C4FL;
    private static final String[] ZONES = {"kr-pub-a", "kr-pub-b", "kr2-pub-a", "kr2-pub-b"};
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SHUTOFF", "BUILD"};
    private static final String[][] FLAVORS = {
        {"m2.c1m2", "1", "2048"}, {"m2.c2m4", "2", "4096"}, {"m2.c4m8", "4", "8192"},
        {"c2.c8m16", "8", "16384"}, {"r2.c4m32", "4", "32768"},
    };
    /** os_distro, os_version, os_type, login_username of the images, as the provider's metadata names them. */
    private static final String[][] IMAGES = {
        {"ubuntu", "Server 22.04 LTS", "linux", "ubuntu"}, {"rocky", "8.9", "linux", "rocky"},
        {"centos", "7.9", "linux", "centos"}, {"windows", "2022 STD", "windows", "Administrator"},
    };
    private static final String[] ROLES = {"web", "api", "batch", "db", "cache", "worker"};
    private static final String[] KOREAN_ROLES = {"웹 서버", "결제 API", "배치 작업", "주문 데이터베이스", "캐시", "알림 워커"};
    private static final String[] VOLUME_TYPES = {"General HDD", "General SSD"};

    private InstanceList() {
    }

    /**
     * A body of about {@code targetBytes} bytes: as many instances as fit, and at least one.
     *
     * @param targetBytes the size wanted, in bytes of UTF-8
     * @param position    where the header goes
     * @param outcome     what the header says
     * @return the body, UTF-8 without a byte order mark
     */
    public static byte[] bytes(long targetBytes, HeaderPosition position, Outcome outcome) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, targetBytes + 4096));
        try {
            write(out, targetBytes, position, outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a body of about {@code targetBytes} bytes, one instance at a time, so that bodies
     * larger than the heap (a file for the command line) can be written too.
     *
     * @param out         where the body goes; not closed
     * @param targetBytes the size wanted, in bytes of UTF-8
     * @param position    where the header goes
     * @param outcome     what the header says
     * @return the number of bytes written
     * @throws IOException when {@code out} fails
     */
    public static long write(OutputStream out, long targetBytes, HeaderPosition position, Outcome outcome) throws IOException {
        byte[] header = ("\"header\":" + outcome.json()).getBytes(StandardCharsets.UTF_8);
        byte[] listStart = "\"instances\":[".getBytes(StandardCharsets.UTF_8);
        // Root braces, the list's closing bracket and the comma between the two members.
        long fixed = 2 + header.length + listStart.length + 1 + 1;
        long written = 0;

        out.write('{');
        if (position == HeaderPosition.FIRST) {
            out.write(header);
            out.write(',');
        }
        out.write(listStart);
        written += fixed;

        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder text = new StringBuilder(2048);
        for (int index = 0; ; index++) {
            text.setLength(0);
            if (index > 0) {
                text.append(',');
            }
            appendInstance(text, index, random);
            byte[] instance = text.toString().getBytes(StandardCharsets.UTF_8);
            if (index > 0 && written + instance.length > targetBytes) {
                break;
            }
            out.write(instance);
            written += instance.length;
        }

        out.write(']');
        if (position == HeaderPosition.LAST) {
            out.write(',');
            out.write(header);
        }
        out.write('}');
        return written;
    }

    private static void appendInstance(StringBuilder json, int index, SplittableRandom random) {
        String role = ROLES[index % ROLES.length];
        boolean korean = index % 3 == 1;
        String[] flavor = FLAVORS[random.nextInt(FLAVORS.length)];
        int subnet = random.nextInt(256);
        int host = 2 + random.nextInt(250);
        String created = timestamp(random);

        json.append("{\"addresses\":[{\"macAddress\":\"fa:16:3e:")
                .append(hexByte(random)).append(':').append(hexByte(random)).append(':').append(hexByte(random))
                .append("\",\"ipAddress\":\"192.168.").append(subnet).append('.').append(host)
                .append("\",\"version\":4,\"floatingIpAddress\":");
        if (random.nextInt(4) == 0) {
            json.append("null");
        } else {
            json.append("\"133.186.").append(random.nextInt(256)).append('.').append(random.nextInt(256)).append('"');
        }
        json.append("}],\"availabilityZone\":\"").append(ZONES[random.nextInt(ZONES.length)])
                .append("\",\"flavor\":{\"id\":\"").append(uuid(random))
                .append("\",\"name\":\"").append(flavor[0])
                .append("\",\"cpu\":").append(flavor[1])
                .append(",\"ram\":").append(flavor[2])
                .append("},\"status\":\"").append(STATUSES[random.nextInt(STATUSES.length)])
                .append("\",\"id\":\"").append(uuid(random))
                .append("\",\"name\":\"").append(korean ? KOREAN_ROLES[index % KOREAN_ROLES.length] + " " : role + "-")
                .append(String.format(Locale.ROOT, "%03d", index % 1000))
                .append("\",\"image\":\"").append(uuid(random))
                .append("\",\"metadata\":{");
        String[] image = IMAGES[random.nextInt(IMAGES.length)];
        json.append("\"os_distro\":\"").append(image[0])
                .append("\",\"os_version\":\"").append(image[1])
                .append("\",\"os_type\":\"").append(image[2])
                .append("\",\"os_architecture\":\"x86_64\",\"login_username\":\"").append(image[3])
                .append("\",\"monitoring_agent\":\"sysmon\",\"team\":\"").append(role).append("-team\"");
        if (korean) {
            json.append(",\"description\":\"").append(KOREAN_ROLES[index % KOREAN_ROLES.length])
                    .append(" - 운영 환경, 담당: 인프라팀\"");
        }
        json.append("},\"keyName\":\"").append(role).append("-key")
                .append("\",\"volumes\":{\"root\":{\"size\":").append(20 + 10 * random.nextInt(8))
                .append(",\"type\":\"").append(VOLUME_TYPES[random.nextInt(2)])
                .append("\"},\"attachments\":[");
        int attachments = random.nextInt(3);
        for (int i = 0; i < attachments; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"").append(uuid(random))
                    .append("\",\"name\":\"").append(role).append("-data-").append(i)
                    .append("\",\"size\":").append(100 * (1 + random.nextInt(10)))
                    .append(",\"type\":\"").append(VOLUME_TYPES[random.nextInt(2)]).append("\"}");
        }
        json.append("]},\"securityGroups\":[{\"name\":\"default\"}");
        if (random.nextBoolean()) {
            json.append(",{\"name\":\"").append(role).append("-ingress\"}");
        }
        json.append("],\"launchedAt\":\"").append(created)
                .append("\",\"createdAt\":\"").append(created)
                .append("\",\"updatedAt\":\"").append(timestamp(random)).append("\"}");
    }

    private static String uuid(SplittableRandom random) {
        return String.format(Locale.ROOT, "%08x-%04x-%04x-%04x-%012x",
                random.nextInt() & 0xFFFF_FFFFL, random.nextInt(0x10000), 0x4000 | random.nextInt(0x1000),
                0x8000 | random.nextInt(0x4000), random.nextLong() & 0xFFFF_FFFF_FFFFL);
    }

    private static String hexByte(SplittableRandom random) {
        return String.format(Locale.ROOT, "%02x", random.nextInt(256));
    }

    private static String timestamp(SplittableRandom random) {
        return String.format(Locale.ROOT, "2024-%02d-%02dT%02d:%02d:%02d.000Z",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
    }

    /**
     * Parses a size such as {@code 1KB}, {@code 64KB}, {@code 1MB} or {@code 200MB} (binary units).
     *
     * @param size the size in words
     * @return the number of bytes
     * @throws IllegalArgumentException when the size is not of that form
     */
    public static long parseSize(String size) {
        String upper = size.trim().toUpperCase(Locale.ROOT);
        long unit = upper.endsWith("KB") ? 1024L : upper.endsWith("MB") ? 1024L * 1024 : upper.endsWith("GB") ? 1024L << 20 : 0;
        String number = unit == 0 ? upper : upper.substring(0, upper.length() - 2);
        try {
            return Long.parseLong(number) * (unit == 0 ? 1 : unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a size such as 64KB or 16MB: " + size, e);
        }
    }
}

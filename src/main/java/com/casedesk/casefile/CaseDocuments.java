package com.casedesk.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evidence stored in the ledger (table case_document). Plain JDBC: lists must not load the
 * content, and Spring Data JDBC would read every column of the aggregate.
 */
@Repository
public class CaseDocuments {

    private static final String COLUMNS =
            "id, case_number, file_name, media_type, size_bytes, sha256, original_sha256, description, uploaded_by, uploaded_at";
    private static final RowMapper<CaseDocument> ROW = (rs, i) -> new CaseDocument(rs.getLong("id"),
            rs.getString("case_number"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
            rs.getString("sha256"), rs.getString("original_sha256"), rs.getString("description"), rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseDocuments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An upload that passed {@link DocumentUpload#check}: stored cleaned, with the hash of the file as uploaded. */
    public CaseDocument add(String caseNumber, DocumentUpload upload, String uploadedBy) {
        return add(caseNumber, upload.fileName(), upload.type(), upload.content(), upload.description(), uploadedBy,
                upload.originalSha256());
    }

    public CaseDocument add(String caseNumber, String fileName, DocumentType type, byte[] content, String description,
                            String uploadedBy) {
        return add(caseNumber, fileName, type, content, description, uploadedBy, sha256(content));
    }

    private CaseDocument add(String caseNumber, String fileName, DocumentType type, byte[] content, String description,
                             String uploadedBy, String originalSha256) {
        Instant now = Instant.now(clock);
        String sha256 = sha256(content);
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into case_document (case_number, file_name, media_type, size_bytes,"
                    + " sha256, content, description, uploaded_by, uploaded_at, original_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, caseNumber);
            ps.setString(2, fileName);
            ps.setString(3, type.mediaType());
            ps.setLong(4, content.length);
            ps.setString(5, sha256);
            ps.setBytes(6, content);
            ps.setString(7, description);
            ps.setString(8, uploadedBy);
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setString(10, originalSha256);
            return ps;
        }, keys);
        return new CaseDocument(keys.getKey().longValue(), caseNumber, fileName, type.mediaType(), content.length, sha256,
                originalSha256, description, uploadedBy, now);
    }

    public List<CaseDocument> of(String caseNumber) {
        return jdbc.query("select " + COLUMNS + " from case_document where case_number = ? order by id", ROW, caseNumber);
    }

    public Optional<CaseDocument> find(String caseNumber, long id) {
        return jdbc.query("select " + COLUMNS + " from case_document where case_number = ? and id = ?", ROW,
                caseNumber, id).stream().findFirst();
    }

    public byte[] content(long id) {
        return jdbc.queryForObject("select content from case_document where id = ?", byte[].class, id);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.copro.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores attachments under the data folder, after checking their size and what their
 * first bytes say they are (never the name or the type the browser claims): PDF, PNG or
 * JPEG, up to 10 MB.
 */
@Service
class KnowledgeAttachments {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	/** Why a file was refused, as a message key. */
	static final class Refused extends Exception {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

	private final KnowledgeAttachmentRepository attachments;

	private final Path folder;

	KnowledgeAttachments(KnowledgeAttachmentRepository attachments, @Value("${copro.data-dir}") String dataDir) {
		this.attachments = attachments;
		this.folder = Path.of(dataDir, "knowledge", "attachments");
	}

	@Transactional(readOnly = true)
	List<KnowledgeAttachment> of(long entryId) {
		return attachments.findByEntryIdOrderByIdAsc(entryId);
	}

	@Transactional(readOnly = true)
	Optional<KnowledgeAttachment> find(long entryId, long id) {
		return attachments.findById(id).filter(attachment -> attachment.entryId() == entryId);
	}

	Path file(KnowledgeAttachment attachment) {
		return folder.resolve(attachment.storedName());
	}

	/**
	 * The content type that a file's first bytes show, or null when it is none of those
	 * allowed.
	 */
	static @Nullable String contentTypeOf(byte[] head) {
		if (startsWith(head, PDF)) {
			return "application/pdf";
		}
		if (startsWith(head, PNG)) {
			return "image/png";
		}
		if (startsWith(head, JPEG)) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	@Transactional
	KnowledgeAttachment add(long entryId, MultipartFile upload, long uploader) throws Refused {
		if (upload.isEmpty()) {
			throw new Refused("knowledge.attachment.required");
		}
		if (upload.getSize() > MAX_BYTES) {
			throw new Refused("knowledge.attachment.too-large");
		}
		String contentType;
		try (InputStream in = upload.getInputStream()) {
			contentType = contentTypeOf(in.readNBytes(8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (contentType == null) {
			throw new Refused("knowledge.attachment.wrong-type");
		}
		String extension = switch (contentType) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
		String storedName = UUID.randomUUID() + extension;
		Path target = folder.resolve(storedName);
		try {
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, "upload-", ".part");
			try (InputStream in = upload.getInputStream()) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return attachments.save(new KnowledgeAttachment(entryId, fileName(upload.getOriginalFilename(), extension),
					contentType, upload.getSize(), storedName, uploader));
		}
		catch (RuntimeException ex) {
			deleteQuietly(target);
			throw ex;
		}
	}

	@Transactional
	void remove(KnowledgeAttachment attachment) {
		attachments.delete(attachment);
		deleteQuietly(file(attachment));
	}

	/**
	 * A name safe to show and to send back in a header, ending with the extension its
	 * content deserves.
	 */
	static String fileName(@Nullable String original, String extension) {
		String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
		name = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		if (name.length() > 100) {
			name = name.substring(0, 100);
		}
		return name + extension;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A file left behind is harmless: nothing points at it.
		}
	}

}

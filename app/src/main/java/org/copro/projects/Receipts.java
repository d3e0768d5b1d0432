package org.copro.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receipts kept under {@code ${copro.data-dir}/uploads/projects}, named by a random id so
 * that a name never comes from the person who uploaded it. A file is accepted by what its
 * first bytes say it is, not its name.
 */
@Component
class Receipts {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The kinds of file accepted, by their signatures. */
	enum Kind {

		PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

		PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),

		JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

		final String mediaType;

		final String extension;

		private final byte[] signature;

		Kind(String mediaType, String extension, byte[] signature) {
			this.mediaType = mediaType;
			this.extension = extension;
			this.signature = signature;
		}

		static Optional<Kind> of(byte[] head) {
			return Arrays.stream(values())
				.filter(kind -> head.length >= kind.signature.length
						&& Arrays.equals(head, 0, kind.signature.length, kind.signature, 0, kind.signature.length))
				.findFirst();
		}

	}

	private final Path folder;

	Receipts(@Value("${copro.data-dir}") String dataDir) {
		this.folder = Path.of(dataDir, "uploads", "projects");
	}

	/** What the file is, or empty when it is none of the accepted kinds. */
	Optional<Kind> kindOf(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return Kind.of(in.readNBytes(8));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Stores the file and returns the name it is stored under. */
	String store(MultipartFile file, Kind kind) {
		String name = UUID.randomUUID() + "." + kind.extension;
		try (InputStream in = file.getInputStream()) {
			Files.createDirectories(folder);
			Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a receipt", ex);
		}
	}

	byte[] read(String name) {
		if (!name.matches("[0-9a-f-]{36}\\.(pdf|png|jpg)")) {
			throw new ProjectNotFoundException("receipt");
		}
		try {
			return Files.readAllBytes(folder.resolve(name));
		}
		catch (IOException ex) {
			throw new ProjectNotFoundException("receipt");
		}
	}

}

package org.copro.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The CSV file an administrator uploads to import an existing list. */
class ImportForm {

	private @Nullable MultipartFile file;

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

}

-- Uploaded documents (io.kaidian.documents): the metadata here, the content encrypted in a file under
-- kaidian.documents.directory named by storage_key. The owner is whatever the calling module says it is
-- (an identity case, a settlement application); this module knows none of them.
CREATE TABLE document
(
  id                UUID                     NOT NULL PRIMARY KEY,
  owner_kind        TEXT                     NOT NULL CHECK (char_length(owner_kind) BETWEEN 1 AND 64),
  owner_id          UUID                     NOT NULL,
  seller_account_id UUID                     NOT NULL,
  -- decided from the bytes, never from the name or the declared type
  media_type        TEXT                     NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  -- of the stored plaintext (after re-encoding), in bytes
  size              BIGINT                   NOT NULL CHECK (size > 0),
  width             INTEGER CHECK (width > 0),
  height            INTEGER CHECK (height > 0),
  sha256            TEXT                     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- the file's path relative to the documents directory: generated from the id, never the upload's name
  storage_key       TEXT                     NOT NULL UNIQUE,
  -- the automated checks run when it was stored: [{"code", "passed", "detail"}]
  checks            JSONB                    NOT NULL DEFAULT '[]',
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- set when the content was deleted; the row and its views stay for the audit
  deleted_at        TIMESTAMP WITH TIME ZONE,
  CHECK ((width IS NULL) = (height IS NULL))
);
CREATE INDEX document_owner ON document (owner_kind, owner_id);
CREATE INDEX document_seller ON document (seller_account_id);

-- Every opening of a document's content: who, in which role, when (PRODUCT.md §5). Never updated or
-- deleted, not even when the document's content is.
CREATE TABLE document_view
(
  id                UUID                     NOT NULL PRIMARY KEY,
  document_id       UUID                     NOT NULL REFERENCES document (id),
  viewer_account_id UUID                     NOT NULL,
  viewer_role       TEXT                     NOT NULL CHECK (viewer_role IN ('SELLER', 'REVIEWER', 'OPERATOR')),
  viewed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_view_document ON document_view (document_id, viewed_at);

CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`file` text NOT NULL,
	`hash` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`issuer` text NOT NULL,
	`province` text NOT NULL,
	`issued_date` text NOT NULL,
	`meeting_date` text NOT NULL,
	`signer` text NOT NULL,
	`signer_title` text NOT NULL,
	`recipients` text NOT NULL,
	`references` text NOT NULL,
	`indexed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `index_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `passages` (
	`label` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`path` text NOT NULL,
	`section` text NOT NULL,
	`headings` text NOT NULL,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`references` text NOT NULL,
	`text_terms` text NOT NULL,
	`context_terms` text NOT NULL,
	`vector` blob,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `passages_id_unique` ON `passages` (`id`);--> statement-breakpoint
CREATE INDEX `passages_document_idx` ON `passages` (`document_id`);
CREATE TABLE `chat_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`chat_id` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`sources` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `chat_answers_chat_idx` ON `chat_answers` (`platform`,`chat_id`,`id`);
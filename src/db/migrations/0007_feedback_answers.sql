ALTER TABLE `feedback` ADD `answer_id` integer;--> statement-breakpoint
ALTER TABLE `feedback` ADD `answer` text;--> statement-breakpoint
ALTER TABLE `feedback` ADD `citations` text;--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_user_answer_idx` ON `feedback` (`platform`,`user_id`,`answer_id`);
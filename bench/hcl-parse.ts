/**
 * Terraform parser throughput. Generates two corpora of realistic `.tf`
 * files in the OS temp folder:
 *   - 1,000 files of 132 lines (one copy of a module-like template: S3 with
 *     split SSE/versioning/public-access resources, a KMS key with a heredoc
 *     policy, a jsonencode bucket policy, a dynamic block, for expressions,
 *     a module call, an IAM policy document, variables with validation,
 *     locals, outputs);
 *   - 1,000 files of 132–398 lines (1–3 copies),
 * then measures on each, single-threaded, in one process:
 *   - `parseHcl` alone,
 *   - `loadTerraform` end to end (one module per file: parse, evaluation,
 *     normalization),
 *   - @cdktn/hcl2json `parse` on the same files, for comparison.
 *
 * Run: npx tsx bench/hcl-parse.ts [files]   (KEEP_CORPUS=1 keeps the generated files)
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHcl } from '../src/parsers/hcl/parser.js';
import { loadTerraform } from '../src/parsers/terraform.js';

const fileCount = Number(process.argv[2] ?? '1000');

/** One ~130-line block of realistic Terraform; `n` makes every name unique. */
function chunk(n: number): string {
  return `# Records storage, stack ${n}
variable "prefix_${n}" {
  type        = string
  default     = "acme-${n}"
  description = "Name prefix for stack ${n}"

  validation {
    condition     = length(var.prefix_${n}) < 20
    error_message = "The prefix must be shorter than 20 characters."
  }
}

locals {
  tags_${n} = {
    Project     = "records"
    Stack       = "${n}"
    DataClass   = "PHI"
    Environment = terraform.workspace
  }
  subnets_${n} = [for i in range(3) : cidrsubnet("10.${n % 250}.0.0/16", 8, i)]
  names_${n}   = { for k, v in local.tags_${n} : lower(k) => v if v != "" }
}

resource "aws_kms_key" "records_${n}" {
  description             = "CMK for \${var.prefix_${n}} records"
  deletion_window_in_days = 30
  enable_key_rotation     = true
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "EnableRoot",
          "Effect": "Allow",
          "Principal": { "AWS": "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" },
          "Action": "kms:*",
          "Resource": "*"
        }
      ]
    }
  POLICY
}

resource "aws_s3_bucket" "records_${n}" {
  bucket = "\${var.prefix_${n}}-records"
  tags   = merge(local.tags_${n}, { Name = "records-${n}" })
}

resource "aws_s3_bucket_server_side_encryption_configuration" "records_${n}" {
  bucket = aws_s3_bucket.records_${n}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.records_${n}.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "records_${n}" {
  bucket = aws_s3_bucket.records_${n}.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "records_${n}" {
  bucket                  = aws_s3_bucket.records_${n}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "records_${n}" {
  bucket = aws_s3_bucket.records_${n}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.records_${n}.arn, "\${aws_s3_bucket.records_${n}.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_security_group" "db_${n}" {
  name   = "db-${n}"
  vpc_id = module.vpc_${n}.vpc_id

  dynamic "ingress" {
    for_each = { https = 443, postgres = 5432 }
    content {
      description = ingress.key
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

module "vpc_${n}" {
  source          = "terraform-aws-modules/vpc/aws"
  version         = "5.5.1"
  name            = "vpc-${n}"
  cidr            = "10.${n % 250}.0.0/16"
  private_subnets = local.subnets_${n}
  tags            = local.tags_${n}
}

data "aws_iam_policy_document" "read_${n}" {
  statement {
    sid       = "ReadRecords"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.records_${n}.arn, "\${aws_s3_bucket.records_${n}.arn}/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = ["clinical"]
    }
  }
}

output "bucket_arn_${n}" {
  value       = aws_s3_bucket.records_${n}.arn
  description = "ARN of the records bucket"
}
`;
}

interface Corpus {
  name: string;
  dir: string;
  files: Array<{ path: string; text: string }>;
  lines: number;
  bytes: number;
}

function makeCorpus(name: string, copies: (i: number) => number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `evident-hcl-bench-${name}-`));
  let serial = 0;
  for (let i = 0; i < fileCount; i++) {
    let text = '';
    const n = copies(i);
    for (let c = 0; c < n; c++) text += (c > 0 ? '\n' : '') + chunk(serial++);
    writeFileSync(join(dir, `stack-${String(i).padStart(4, '0')}.tf`), text);
  }
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
  let lines = 0;
  let bytes = 0;
  for (const f of files) {
    lines += f.text.split('\n').length;
    bytes += Buffer.byteLength(f.text);
  }
  return { name, dir, files, lines, bytes };
}

function report(label: string, corpus: Corpus, seconds: number): void {
  const fps = corpus.files.length / seconds;
  const lps = corpus.lines / seconds;
  const mbs = corpus.bytes / 1024 / 1024 / seconds;
  console.log(
    `  ${label.padEnd(34)} ${seconds.toFixed(3).padStart(7)} s  ${Math.round(fps).toLocaleString('en-US').padStart(7)} files/s  ${Math.round(lps).toLocaleString('en-US').padStart(10)} lines/s  ${mbs.toFixed(2).padStart(6)} MB/s`,
  );
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  const corpora = [makeCorpus('132-line', () => 1), makeCorpus('132-398-line', (i) => 1 + (i % 3))];
  // Loaded through require so that its DOM-referencing typings stay out of the compilation.
  const { parse } = createRequire(import.meta.url)('@cdktn/hcl2json') as { parse: (file: string, text: string) => Promise<unknown> };
  try {
    for (const corpus of corpora) {
      console.log(
        `corpus ${corpus.name}: ${corpus.files.length} files, ${corpus.lines.toLocaleString('en-US')} lines, ${(corpus.bytes / 1024 / 1024).toFixed(2)} MB (${corpus.dir})`,
      );
      // Cold: the first pass over the corpus, as a CLI run would see it.
      report('parseHcl (cold)', corpus, time(() => corpus.files.forEach((f) => parseHcl(f.text, f.path))));
      report('parseHcl (warm)', corpus, time(() => corpus.files.forEach((f) => parseHcl(f.text, f.path))));
      report(
        'loadTerraform, module per file',
        corpus,
        time(() => {
          for (const f of corpus.files) {
            const result = loadTerraform('.', [f]);
            if (result.errors.length > 0) throw new Error(`${f.path}: ${result.errors[0]!.reason}`);
          }
        }),
      );
      const t0 = performance.now();
      for (const f of corpus.files) await parse(f.path, f.text);
      report('@cdktn/hcl2json parse', corpus, (performance.now() - t0) / 1000);
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    if (process.env.KEEP_CORPUS !== '1') for (const corpus of corpora) rmSync(corpus.dir, { recursive: true, force: true });
  }
}

await main();

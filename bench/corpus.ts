/**
 * Generates a realistic scan corpus for the bench: Terraform modules (AWS
 * provider v4+ style with split S3 resources, RDS, KMS, IAM heredocs, dynamic
 * blocks, variables and locals), Kubernetes manifests and an Express/TypeScript
 * code base. Deterministic for a given size, so runs are comparable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusSize {
  terraformFiles: number;
  kubernetesFiles: number;
  sourceFiles: number;
}

export interface CorpusInfo {
  dir: string;
  files: { terraform: number; kubernetes: number; source: number };
  lines: { terraform: number; kubernetes: number; source: number };
  bytes: { terraform: number; kubernetes: number; source: number };
}

export function terraformFile(m: number, f: number): string {
  const n = `${m}_${f}`;
  const encrypted = (m + f) % 7 !== 0;
  const publicDb = (m + f) % 11 === 0;
  return `# Module ${m}, file ${f}: patient data services
variable "environment_${f}" {
  description = "Deployment environment"
  type        = string
  default     = "production"
}

variable "allowed_cidrs_${f}" {
  type    = list(string)
  default = ["10.0.0.0/16", "10.1.0.0/16"]
}

locals {
  prefix_${f} = "clinic-\${var.environment_${f}}-${m}"
  tags_${f} = {
    team        = "records"
    environment = var.environment_${f}
    module      = "${m}"
  }
}

resource "aws_kms_key" "records_${n}" {
  description             = "PHI at rest, module ${m}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "EnableRoot",
          "Effect": "Allow",
          "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
          "Action": "kms:*",
          "Resource": "*"
        }
      ]
    }
  POLICY
  tags = local.tags_${f}
}

resource "aws_s3_bucket" "documents_${n}" {
  bucket = "\${local.prefix_${f}}-documents-${f}"
  tags   = merge(local.tags_${f}, { data_class = "phi" })
}

${encrypted ? `resource "aws_s3_bucket_server_side_encryption_configuration" "documents_${n}" {
  bucket = aws_s3_bucket.documents_${n}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.records_${n}.arn
    }
    bucket_key_enabled = true
  }
}
` : ''}
resource "aws_s3_bucket_versioning" "documents_${n}" {
  bucket = aws_s3_bucket.documents_${n}.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "documents_${n}" {
  bucket                  = aws_s3_bucket.documents_${n}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_security_group" "db_${n}" {
  name        = "\${local.prefix_${f}}-db"
  description = "Database access from the application tier"
  vpc_id      = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = var.allowed_cidrs_${f}
    content {
      from_port   = 5432
      to_port     = 5432
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "records_${n}" {
  identifier              = "\${local.prefix_${f}}-records"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.m6g.large"
  allocated_storage       = ${50 + f * 10}
  storage_encrypted       = ${encrypted}
  kms_key_id              = aws_kms_key.records_${n}.arn
  username                = "clinic"
  manage_master_user_password = true
  vpc_security_group_ids  = [aws_security_group.db_${n}.id]
  backup_retention_period = ${(m + f) % 5 === 0 ? 1 : 35}
  deletion_protection     = true
  publicly_accessible     = ${publicDb}
  multi_az                = var.environment_${f} == "production" ? true : false
  tags                    = local.tags_${f}
}

data "aws_iam_policy_document" "read_${n}" {
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.documents_${n}.arn, "\${aws_s3_bucket.documents_${n}.arn}/*"]
  }
}

resource "aws_iam_policy" "read_${n}" {
  name   = "\${local.prefix_${f}}-read"
  policy = data.aws_iam_policy_document.read_${n}.json
}

output "bucket_${n}" {
  value = aws_s3_bucket.documents_${n}.bucket
}
`;
}

export function kubernetesFile(i: number): string {
  const privileged = i % 13 === 0;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: service-${i}
  namespace: clinic-${i % 10}
  labels:
    app: service-${i}
    tier: backend
spec:
  replicas: ${1 + (i % 4)}
  selector:
    matchLabels:
      app: service-${i}
  template:
    metadata:
      labels:
        app: service-${i}
    spec:
      serviceAccountName: service-${i}
      containers:
        - name: app
          image: registry.example.com/clinic/service-${i}:1.${i % 20}.0
          ports:
            - containerPort: 8443
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
${i % 17 === 0 ? '              value: not-a-secret-manager\n' : `              valueFrom:
                secretKeyRef:
                  name: service-${i}-db
                  key: password
`}          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 512Mi
          securityContext:
            privileged: ${privileged}
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
---
apiVersion: v1
kind: Service
metadata:
  name: service-${i}
  namespace: clinic-${i % 10}
spec:
  selector:
    app: service-${i}
  ports:
    - port: 443
      targetPort: 8443
`;
}

function sourceFile(i: number): string {
  const leaky = i % 9 === 0;
  const insecure = i % 23 === 0;
  return `import { Router, type Request, type Response, type NextFunction } from 'express';
import https from 'node:https';
import { logger } from '../logger.js';
import { pool } from '../db.js';

export interface Appointment${i} {
  id: string;
  patientId: string;
  clinicianId: string;
  startsAt: Date;
  durationMinutes: number;
  reason: string;
  status: 'booked' | 'cancelled' | 'completed';
}

const agent${i} = new https.Agent({ keepAlive: true, rejectUnauthorized: ${insecure ? 'false' : 'true'} });

function toAppointment${i}(row: Record<string, unknown>): Appointment${i} {
  return {
    id: String(row.id),
    patientId: String(row.patient_id),
    clinicianId: String(row.clinician_id),
    startsAt: new Date(String(row.starts_at)),
    durationMinutes: Number(row.duration_minutes),
    reason: String(row.reason),
    status: row.status as Appointment${i}['status'],
  };
}

export class AppointmentService${i} {
  private readonly cache = new Map<string, Appointment${i}>();

  async find(id: string): Promise<Appointment${i} | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const { rows } = await pool.query('SELECT * FROM appointments WHERE id = $1', [id]);
    const first = rows[0] as Record<string, unknown> | undefined;
    if (!first) return undefined;
    const appointment = toAppointment${i}(first);
    this.cache.set(id, appointment);
    return appointment;
  }

  async cancel(id: string, by: string): Promise<boolean> {
    const result = await pool.query('UPDATE appointments SET status = $1 WHERE id = $2', ['cancelled', id]);
    logger.info({ appointmentId: id, by }, 'appointment cancelled');
    return (result.rowCount ?? 0) > 0;
  }

  async upcoming(patientId: string, limit = 20): Promise<Appointment${i}[]> {
    const { rows } = await pool.query(
      'SELECT * FROM appointments WHERE patient_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT $2',
      [patientId, limit],
    );
    return (rows as Array<Record<string, unknown>>).map(toAppointment${i});
  }
}

const service${i} = new AppointmentService${i}();
export const router${i} = Router();

router${i}.get('/appointments/:id', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const appointment = await service${i}.find(req.params.id);
    if (!appointment) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    ${leaky ? 'logger.info(`appointment for ${req.body.patient.dateOfBirth} diagnosis ${req.body.patient.diagnosis}`);' : "logger.debug({ appointmentId: appointment.id }, 'appointment loaded');"}
    res.json(appointment);
  } catch (error) {
    next(error);
  }
});

router${i}.post('/appointments/:id/cancel', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const ok = await service${i}.cancel(req.params.id, String(req.headers['x-user-id'] ?? 'unknown'));
    res.status(ok ? 204 : 404).end();
  } catch (error) {
    next(error);
  }
});

router${i}.get('/patients/:patientId/appointments', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const limit = Math.min(Number(req.query.limit ?? 20), 100);
    res.json(await service${i}.upcoming(req.params.patientId, limit));
  } catch (error) {
    next(error);
  }
});

export function remindUrl${i}(appointment: Appointment${i}): string {
  const when = appointment.startsAt.toISOString();
  return \`https://reminders.example.com/v1/appointments/\${encodeURIComponent(appointment.id)}?at=\${when}\`;
}

export const agentOptions${i} = { agent: agent${i}, timeout: 5000 };
`;
}

function count(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

export function generateCorpus(dir: string, size: CorpusSize): CorpusInfo {
  const info: CorpusInfo = {
    dir,
    files: { terraform: 0, kubernetes: 0, source: 0 },
    lines: { terraform: 0, kubernetes: 0, source: 0 },
    bytes: { terraform: 0, kubernetes: 0, source: 0 },
  };
  const write = (type: keyof CorpusInfo['files'], path: string, text: string): void => {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    info.files[type]++;
    info.lines[type] += count(text);
    info.bytes[type] += Buffer.byteLength(text);
  };
  const filesPerModule = 4;
  for (let i = 0; i < size.terraformFiles; i++) {
    const m = Math.floor(i / filesPerModule);
    write('terraform', `infra/module-${m}/file-${i % filesPerModule}.tf`, terraformFile(m, i % filesPerModule));
  }
  for (let i = 0; i < size.kubernetesFiles; i++) write('kubernetes', `deploy/team-${i % 20}/service-${i}.yaml`, kubernetesFile(i));
  for (let i = 0; i < size.sourceFiles; i++) write('source', `services/svc-${i % 50}/src/routes/appointments-${i}.ts`, sourceFile(i));
  return info;
}

/** A CloudFormation template with short intrinsic tags: a SAM-style data stack. */
export function cloudFormationFile(i: number): string {
  const encrypted = i % 5 !== 0;
  return `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: Telehealth data stack ${i}
Parameters:
  Environment:
    Type: String
    Default: production
  KeyArn:
    Type: String
Resources:
  RecordsBucket${i}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "records-\${Environment}-${i}"
${encrypted ? `      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref KeyArn
` : ''}      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      VersioningConfiguration:
        Status: Enabled
  Sessions${i}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
      SSESpecification:
        SSEEnabled: true
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: ${i % 3 !== 0}
  Queue${i}:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Ref KeyArn
  Database${i}:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: "50"
      StorageEncrypted: ${encrypted}
      PubliclyAccessible: false
      BackupRetentionPeriod: 7
      DeletionProtection: true
      MasterUsername: records
      MasterUserPassword: !Sub "{{resolve:secretsmanager:records-${i}:SecretString:password}}"
  Api${i}:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Environment:
        Variables:
          TABLE: !Ref Sessions${i}
          BUCKET: !GetAtt RecordsBucket${i}.Arn
Outputs:
  BucketArn:
    Value: !GetAtt RecordsBucket${i}.Arn
`;
}

// ---------------------------------------------------------------------------
// A multi-document Kubernetes stream (bench/kubernetes-parse.ts; the fast YAML
// parser's tests): Deployments with anchors, aliases and merge keys, Services,
// ConfigMaps with block scalars, Secrets, StatefulSets, CronJobs, flow
// collections inside block sequences, octal modes.

/** A Deployment with anchors, aliases and merge keys (privileged when i is a multiple of 11). */
export function anchoredDeployment(i: number): string {
  return `# patient-facing API, replica set ${i}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: patient-api-${i}
  namespace: clinic-${i % 7}
  labels: &labels
    app.kubernetes.io/name: patient-api-${i}
    app.kubernetes.io/part-of: clinic
    data-classification: phi
spec:
  replicas: ${(i % 5) + 1}
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels:
        <<: *labels
        version: "v${i % 3}"
    spec:
      serviceAccountName: patient-api
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        fsGroup: 10001
      containers:
        - name: api
          image: registry.example.org/clinic/patient-api:1.${i % 40}.0
          ports:
            - containerPort: 8443
              name: https
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: records-db-${i}, key: url}
            - name: LOG_LEVEL
              value: info
          resources: &resources
            requests: {cpu: 100m, memory: 256Mi}
            limits: {cpu: "1", memory: 512Mi}
          securityContext: &hardened
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            privileged: ${i % 11 === 0 ? 'true' : 'false'}
            capabilities:
              drop: [ALL]
          volumeMounts:
            - name: tls
              mountPath: /etc/tls
              readOnly: true
        - name: audit-shipper
          image: registry.example.org/clinic/audit-shipper:2.1.${i % 9}
          resources: *resources
          securityContext: *hardened
      volumes:
        - name: tls
          secret:
            secretName: patient-api-tls-${i}
            defaultMode: 0440
`;
}

function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: patient-api-${i}
  namespace: clinic-${i % 7}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: patient-api-${i}
  ports:
    - name: https
      port: 443
      targetPort: https
`;
}

function configMap(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: patient-api-config-${i}
  namespace: clinic-${i % 7}
data:
  retention-days: "2190"
  application.yaml: |
    server:
      port: 8443
      ssl:
        enabled: true
    audit:
      sink: "https://audit.clinic.internal/v1/events"
      include: [patient_id, encounter_id, actor]
    logging:
      level: info
      redact: [ssn, date_of_birth, diagnosis]
  notice.txt: >
    Records processed by this service contain protected health
    information and are retained for six years.
`;
}

function secret(i: number): string {
  return `apiVersion: v1
kind: Secret
metadata:
  name: records-db-${i}
  namespace: clinic-${i % 7}
type: Opaque
stringData:
  url: "postgres://api:change-me-${i}@records-db-${i}:5432/records?sslmode=require"
`;
}

function statefulSet(i: number): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: records-db-${i}
  namespace: clinic-${i % 7}
spec:
  serviceName: records-db-${i}
  replicas: 3
  selector:
    matchLabels: {app: records-db-${i}}
  template:
    metadata:
      labels: {app: records-db-${i}}
    spec:
      containers:
        - name: postgres
          image: postgres:16.3
          args: ["-c", "ssl=on", "-c", "log_statement=ddl"]
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: encrypted-gp3
        resources: {requests: {storage: 50Gi}}
`;
}

function cronJob(i: number): string {
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: records-backup-${i}
  namespace: clinic-${i % 7}
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: registry.example.org/clinic/pg-backup:3.0.${i % 5}
              args: [--encrypt, --kms-key, alias/records-backup]
`;
}

function serviceAccount(i: number): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: patient-api-${i}
  namespace: clinic-${i % 7}
automountServiceAccountToken: false
`;
}

function networkPolicy(i: number): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-${i}
  namespace: clinic-${i % 7}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;
}

const STREAM_DOCUMENTS = [anchoredDeployment, service, serviceAccount, configMap, secret, networkPolicy, anchoredDeployment, service, serviceAccount, statefulSet, cronJob, networkPolicy];

/** The n-th document of the stream (documents are joined with `---\n`). */
export function kubernetesStreamDocument(n: number): string {
  return (STREAM_DOCUMENTS[n % STREAM_DOCUMENTS.length] as (i: number) => string)(n);
}

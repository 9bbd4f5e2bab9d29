# Identity pools of the patient app. The app pool was opened to guests for a
# symptom-checker preview, and its unauthenticated role is still attached; the
# staff pool requires sign-in; the kiosk pool allows guests but gives them no
# role, so they get no credentials.
resource "aws_cognito_identity_pool" "patient_app" {
  identity_pool_name               = "clinic_prod_patient_app"
  allow_unauthenticated_identities = true

  cognito_identity_providers {
    client_id     = "6lhlkkfbfb4q5kpp90urffae"
    provider_name = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Tv0493apJ"
  }
}

resource "aws_cognito_identity_pool_roles_attachment" "patient_app" {
  identity_pool_id = aws_cognito_identity_pool.patient_app.id

  roles = {
    authenticated   = "arn:aws:iam::123456789012:role/clinic-prod-patient-app-user"
    unauthenticated = "arn:aws:iam::123456789012:role/clinic-prod-patient-app-guest"
  }
}

resource "aws_cognito_identity_pool" "staff" {
  identity_pool_name               = "clinic_prod_staff"
  allow_unauthenticated_identities = false
}

resource "aws_cognito_identity_pool" "kiosk" {
  identity_pool_name               = "clinic_prod_kiosk"
  allow_unauthenticated_identities = true
}

resource "aws_cognito_identity_pool_roles_attachment" "kiosk" {
  identity_pool_id = aws_cognito_identity_pool.kiosk.id

  roles = {
    authenticated = "arn:aws:iam::123456789012:role/clinic-prod-kiosk-user"
  }
}

# User pools behind the identity pools: patients may add an authenticator app;
# the kiosk pool, which front-desk staff sign in to, never turned MFA on.
resource "aws_cognito_user_pool" "patients" {
  name                     = "clinic-prod-patients"
  mfa_configuration        = "OPTIONAL"
  auto_verified_attributes = ["email"]

  software_token_mfa_configuration {
    enabled = true
  }
}

resource "aws_cognito_user_pool" "front_desk" {
  name                     = "clinic-prod-front-desk"
  auto_verified_attributes = ["email"]
}

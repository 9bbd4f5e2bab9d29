# The patient app's HTTP API: appointment and record routes require a Cognito
# JWT; the lab results lookup was opened for a partner's integration test and
# never closed again. Browsers' CORS preflight needs no token.
resource "aws_apigatewayv2_api" "patient_app" {
  name          = "clinic-prod-patient-app"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_authorizer" "patients" {
  api_id           = aws_apigatewayv2_api.patient_app.id
  name             = "patients"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    audience = ["patient-app"]
    issuer   = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Tv0493apJ"
  }
}

resource "aws_apigatewayv2_route" "appointments" {
  api_id             = aws_apigatewayv2_api.patient_app.id
  route_key          = "GET /appointments"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.patients.id
}

resource "aws_apigatewayv2_route" "lab_results" {
  api_id    = aws_apigatewayv2_api.patient_app.id
  route_key = "GET /lab-results/{patientId}"
}

resource "aws_apigatewayv2_route" "preflight" {
  api_id    = aws_apigatewayv2_api.patient_app.id
  route_key = "OPTIONS /{proxy+}"
}

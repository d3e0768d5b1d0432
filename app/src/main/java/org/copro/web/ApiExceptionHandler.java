package org.copro.web;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Programs calling a module's JSON API get an RFC 9457 problem document for bad requests
 * (400 with what was wrong); people's pages get the error page in their language instead,
 * through Spring Boot's error view.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

}
